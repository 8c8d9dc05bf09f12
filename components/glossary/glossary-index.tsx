import Link from 'next/link';
import { getGlossary } from '@/lib/content';
import { formsOf } from '@/lib/content/glossary';
import { termTypes } from '@/lib/content/schema';
import { getConcordance } from '@/lib/markdown/articles';
import { langTag, locales, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';
import { GlossaryFilter } from './glossary-filter';

/** Every term, grouped by type; sorted by the UI language's form. */
export function GlossaryIndex({ locale }: { locale: Locale }) {
  const t = getT(locale);
  const collator = new Intl.Collator(langTag[locale]);
  const { terms } = getGlossary();
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
                const units = getConcordance(term.id).length;
                return (
                  <li key={term.id} data-forms={formsOf(term).join('\n').toLowerCase()}>
                    <Link href={`/${locale}/glossary/${term.id}`} className="glossary-entry">
                      {locales.map((l) => (
                        <span key={l} lang={langTag[l]} className={`glossary-form glossary-form-${l}`}>{term[l].form}</span>
                      ))}
                    </Link>
                    <span className="glossary-count">
                      {units > 0 ? t('glossary.occurrences', { count: units }) : t('glossary.unused')}
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
