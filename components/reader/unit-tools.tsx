import { locales, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';

/**
 * The tools of the unit being read: a copy-link button and, in single-language view,
 * buttons that reveal the unit's other side in place. Rendered once, hidden, as a
 * pattern: ReaderBehavior copies it into whichever unit the pointer or focus is in,
 * filling in the unit's number (`{n}`) and id. Every unit has its permalink already.
 */
export function UnitTools({ locale }: { locale: Locale }) {
  const t = getT(locale);
  return (
    <div id="reader-unit-tools" className="unit-actions" hidden>
      <button type="button" className="unit-copy" data-copy="" data-label={t('reader.tools.copy', { n: '{n}' })} title={t('reader.tools.copy', { n: '{n}' })}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" /></svg>
      </button>
      {locales.map((side) => (
        <button key={side} type="button" className={`unit-peek unit-peek-${side}`} data-peek={side} aria-expanded="false" title={t(`reader.tools.peek.${side}`)}>
          <span aria-hidden="true">{t(`languagesShort.${side}`)}</span>
          <span className="visually-hidden">{t(`reader.tools.peek.${side}`)}</span>
        </button>
      ))}
    </div>
  );
}
