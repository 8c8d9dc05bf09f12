import Link from 'next/link';
import { formsOf } from '@/lib/content/glossary';
import { termTypes, type Term } from '@/lib/content/schema';
import { langTag, locales, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';
import { GlossaryFilter } from './glossary-filter';

/**
 * Every term, grouped by type; sorted by the UI language's form. `units` gives, per
 * term id, how many passages use the term.
 */
export function GlossaryIndex({ locale, terms, units }: { locale: Locale; terms: readonly Term[]; units: ReadonlyMap<string, number> }) {
  const t = getT(locale);
  const collator = new Intl.Collator(langTag[locale]);
  return (
    <div className="glossary">
      <h1>{t('glossary.title')}</h1>
      <p className="lede">{t('glossary.description')}</p>
      <GlossaryFilter label={t('glossary.filter')} hint={t('glossary.filterHint')} noMatch={t('glossary.noMatch')} />
      {termTypes.map((type) => {
        const group = terms.filter((term) => term.type === type).sort((a, b) => collator.compare(a[locale].form, b[locale].form));
        if (group.length === 0) return null;
        return (
          <section key={type} className="glossary-group" data-group>
            <h2>{t(`glossary.groups.${type}`)}</h2>
            <ul>
              {group.map((term) => {
                const used = units.get(term.id) ?? 0;
                return (
                  <li key={term.id} data-forms={formsOf(term).join('\n').toLowerCase()}>
                    <Link href={`/${locale}/glossary/${term.id}`} className="glossary-entry">
                      {locales.map((l) => (
                        <span key={l} lang={langTag[l]} className={`glossary-form glossary-form-${l}`}>{term[l].form}</span>
                      ))}
                    </Link>
                    <span className="glossary-count">
                      {used > 0 ? t('glossary.occurrences', { count: used }) : t('glossary.unused')}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
