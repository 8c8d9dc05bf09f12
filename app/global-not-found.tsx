import type { Metadata } from 'next';
import { connection } from 'next/server';
import { isStaticExport } from '@/lib/build-mode';
import { langTag, locales } from '@/lib/i18n/locales';
import { resources } from '@/lib/i18n/resources';
import './globals.css';

export const metadata: Metadata = {
  title: `404 · ${locales.map((l) => resources[l].common.notFound.title).join(' / ')}`,
};

/** A path outside every locale: we cannot know the reader's language, so say it in each. */
export default async function GlobalNotFound() {
  // Rendered per request like every page, so that its scripts carry the CSP nonce.
  if (!isStaticExport) await connection();
  return (
    <html lang={langTag[locales[0]]}>
      <body>
        <main id="main" className="not-found">
          <p className="not-found-code">404</p>
          {locales.map((locale) => {
            const s = resources[locale].common.notFound;
            return (
              <section key={locale} lang={langTag[locale]}>
                <h1>{s.title}</h1>
                <p>{s.body}</p>
                <p>
                  <a href={`/${locale}`}>{s.back}</a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
