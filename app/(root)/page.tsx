import type { Metadata } from 'next';
import { defaultLocale, langTag, localeCookie, locales } from '@/lib/i18n/locales';
import { resources } from '@/lib/i18n/resources';

export const metadata: Metadata = { title: '对照 Duizhao', robots: { index: false } };

// The same choice as proxy.ts makes on a server: remembered locale, then the browser's languages.
const redirect = `(function(){var L=${JSON.stringify(locales)},d=${JSON.stringify(defaultLocale)};
var m=document.cookie.match(/(?:^|; )${localeCookie}=([^;]*)/),l=m&&L.indexOf(m[1])>=0?m[1]:null;
if(!l){var n=navigator.languages||[navigator.language];for(var i=0;i<n.length&&!l;i++){var b=String(n[i]).toLowerCase().split('-')[0];if(L.indexOf(b)>=0)l=b;}}
location.replace('/'+(l||d)+'/');})();`;

/** Static hosts only: send the reader to their language, with plain links if scripts are off. */
export default function Home() {
  return (
    <html lang={langTag[defaultLocale]}>
      <body>
        <main id="main" className="home">
          <h1>
            <span lang={langTag.zh}>对照</span> <span lang={langTag.en}>Duizhao</span>
          </h1>
          <ul>
            {locales.map((locale) => (
              <li key={locale} lang={langTag[locale]}>
                <a href={`/${locale}/`}>{resources[locale].common.library.title}</a>
              </li>
            ))}
          </ul>
        </main>
        <script dangerouslySetInnerHTML={{ __html: redirect }} />
      </body>
    </html>
  );
}
