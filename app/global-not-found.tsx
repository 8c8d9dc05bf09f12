import type { Metadata } from 'next';
import { LocalizeNotFound } from '@/components/ui/localize-not-found';
import { defaultLocale, langTag, locales } from '@/lib/i18n/locales';
import { resources } from '@/lib/i18n/resources';
import './globals.css';

export const metadata: Metadata = {
  title: `404 · ${locales.map((l) => resources[l].common.notFound.title).join(' / ')}`,
  robots: { index: false },
};

/**
 * Every unknown URL gets this one prerendered page (unknown locale, article, term or
 * path). It carries each language, marked with its own `lang`; in the browser,
 * LocalizeNotFound keeps only the language of the URL's locale.
 */
export default function GlobalNotFound() {
  return (
    <html lang={langTag[defaultLocale]}>
      <body>
        <main id="main" className="not-found">
          <p className="not-found-code">404</p>
          {locales.map((locale) => {
            const s = resources[locale].common.notFound;
            return (
              <section key={locale} lang={langTag[locale]} data-locale={locale} data-title={`404 · ${s.title}`}>
                <h1>{s.title}</h1>
                <p>{s.body}</p>
                <p>
                  <a href={`/${locale}`}>{s.back}</a>
                </p>
              </section>
            );
          })}
        </main>
        <LocalizeNotFound />
      </body>
    </html>
  );
}
