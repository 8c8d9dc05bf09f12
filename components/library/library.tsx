import { pagePath } from '@/lib/build-mode';
import type { Article } from '@/lib/content/article';
import { langTag, locales, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';
import { formatDate } from '@/lib/i18n/format';

export function Library({ locale, articles }: { locale: Locale; articles: Article[] }) {
  const t = getT(locale);
  return (
    <div className="library">
      <h1>{t('library.title')}</h1>
      <p className="lede">{t('site.tagline')}</p>
      <ul className="article-list">
        {articles.map((article) => {
          const meta = article.meta[locale];
          // The UI language's title leads; the other follows, each marked with its own language.
          const ordered = [locale, ...locales.filter((l) => l !== locale)];
          return (
            <li key={article.slug} className="article-card">
              <h2 lang={langTag[locale]}>
                {/* A plain link: the reader's body comes only with its page's HTML (see StaticHtml). */}
                <a href={pagePath(`/${locale}/articles/${article.slug}`)}>{meta.title}</a>
              </h2>
              {ordered.slice(1).map((l) => (
                <p key={l} className="article-alt-title" lang={langTag[l]}>{article.meta[l].title}</p>
              ))}
              <p className="article-meta">
                {t('library.published', { publisher: meta.publisher, date: formatDate(meta.date, locale) })}
                {' · '}
                {t('library.units', { count: article.units.length })}
              </p>
              <p className="article-description">{meta.description}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
