import type { Article } from '@/lib/content/article';
import { TermNote } from '@/components/glossary/term-note';
import { getRenderedArticle } from '@/lib/markdown/articles';
import { formatDate } from '@/lib/i18n/format';
import { langTag, locales, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';
import type { View } from '@/lib/reader/view';
import { Markdown } from './markdown';
import { TermPopovers } from './term-popovers';
import { ViewToggle } from './view-toggle';

export function Reader({ locale, article, view }: { locale: Locale; article: Article; view: View }) {
  const t = getT(locale);
  const { meta, units, terms } = getRenderedArticle(article);
  const own = meta[locale];
  const others = locales.filter((l) => l !== locale);
  return (
    <article className="reader" data-view={view}>
      <header className="reader-header">
        <h1 lang={langTag[locale]}>{own.title}</h1>
        {others.map((l) => (
          <p key={l} className="reader-alt-title" lang={langTag[l]}>{meta[l].title}</p>
        ))}
        <p className="reader-source">
          <a href={own.source} rel="noopener noreferrer">
            {t('reader.source', { publisher: own.publisher, date: formatDate(own.date, locale) })}
          </a>
        </p>
        <section className="reader-notes" aria-labelledby="reader-notes-title">
          <h2 id="reader-notes-title">{t('reader.notes')}</h2>
          {locales.map((l) =>
            meta[l].note ? (
              <p key={l} lang={langTag[l]}>{meta[l].note}</p>
            ) : null,
          )}
        </section>
        <ViewToggle
          view={view}
          label={t('reader.view.label')}
          options={[
            { view: 'both', label: t('reader.view.both') },
            ...locales.map((l) => ({ view: l, label: t(`reader.view.${l}`) })),
          ]}
        />
      </header>
      <div className="units">
        <div className="unit unit-heads" aria-hidden="true">
          {locales.map((l) => (
            <p key={l} className={`side side-${l}`} lang={langTag[l]}>{t(`languages.${l}`)}</p>
          ))}
        </div>
        {units.map((unit) => (
          <div key={unit.id} id={unit.id} className="unit" data-unit={unit.id}>
            {locales.map((l) => {
              const side = unit.sides[l];
              return side ? (
                <div key={l} className={`side side-${l}`} lang={langTag[l]}>
                  <Markdown tree={side.tree} />
                </div>
              ) : (
                <div key={l} className={`side side-${l} side-empty`}>
                  <p>{t(`reader.onlyIn.${locales.find((other) => other !== l)!}`)}</p>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="notes">
        {terms.map((term) => (
          <TermNote key={term.id} term={term} locale={locale} />
        ))}
      </div>
      <TermPopovers />
    </article>
  );
}
