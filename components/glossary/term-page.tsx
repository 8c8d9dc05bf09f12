import Link from 'next/link';
import { pagePath } from '@/lib/build-mode';
import type { Term } from '@/lib/content/schema';
import type { ConcordanceGroup } from '@/lib/markdown/articles';
import { highlightTerm } from '@/lib/markdown/highlight';
import { langTag, locales, otherLocale, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';
import { Markdown } from '@/components/reader/markdown';

/** A term's forms, note, and every passage where it occurs, both languages side by side. */
export function TermPage({ locale, term, concordance }: { locale: Locale; term: Term; concordance: ConcordanceGroup[] }) {
  const t = getT(locale);
  const other = otherLocale(locale);
  const count = concordance.reduce((n, group) => n + group.rows.length, 0);
  return (
    <div className="term-page">
      <p className="term-back"><Link href={`/${locale}/glossary`}>{t('glossary.back')}</Link></p>
      <h1 lang={langTag[locale]}>{term[locale].form}</h1>
      <p className="term-alt" lang={langTag[other]}>{term[other].form}</p>
      <dl className="term-facts">
        <div>
          <dt>{t('glossary.type')}</dt>
          <dd>{t(`term.types.${term.type}`)}</dd>
        </div>
        {locales.some((l) => term[l].aliases.length > 0) && (
          <div>
            <dt>{t('glossary.aliases')}</dt>
            <dd>
              {locales.flatMap((l) => term[l].aliases).map((alias, i) => (
                <span key={`${i}-${alias}`}>
                  {i > 0 ? '、' : ''}
                  <span lang={/\p{Script=Han}/u.test(alias) ? langTag.zh : langTag.en}>{alias}</span>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="term-note">
        <h2 id="term-note">{t('glossary.note')}</h2>
        <p>{term.note[locale]}</p>
        <p className="term-note-other" lang={langTag[other]}>{term.note[other]}</p>
      </section>
      <section aria-labelledby="term-concordance">
        <h2 id="term-concordance">
          {t('glossary.concordance')} <span className="glossary-count">{t('glossary.occurrences', { count })}</span>
        </h2>
        {concordance.map(({ article, rows }) => {
          const { slug } = article;
          return (
            <section key={slug} className="concordance-article" aria-label={article.meta[locale].title}>
              <h3><a href={pagePath(`/${locale}/articles/${slug}`)}>{article.meta[locale].title}</a></h3>
              <ol className="concordance">
                {rows.map(({ occurrence, unit }) => (
                  <li key={occurrence.unitId} className="concordance-row">
                    <div className="unit">
                      {locales.map((l) => {
                        const side = unit.sides[l];
                        return (
                          <div key={l} className={`side side-${l}`} lang={side ? langTag[l] : undefined}>
                            {side ? <Markdown tree={highlightTerm(side.tree, term.id)} /> : <p className="side-empty">{t(`reader.onlyIn.${otherLocale(l)}`)}</p>}
                          </div>
                        );
                      })}
                    </div>
                    <p className="concordance-link">
                      {/* A full page load, so the browser marks the unit as :target. */}
                      <a href={pagePath(`/${locale}/articles/${slug}#${occurrence.unitId}`)}>{t('glossary.openInReader', { n: occurrence.n })}</a>
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </section>
    </div>
  );
}
