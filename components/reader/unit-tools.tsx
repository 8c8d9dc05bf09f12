import { locales, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';

/**
 * Per-unit controls: a permalink (works without JavaScript), a copy-link button, and
 * in single-language view a button that reveals this unit's other side in place.
 * Plain markup; ReaderBehavior handles the buttons for the whole page at once.
 */
export function UnitTools({ unitId, n, locale, peekable }: { unitId: string; n: number; locale: Locale; peekable: boolean }) {
  const t = getT(locale);
  return (
    <div className="unit-tools">
      <a className="unit-link" href={`#${unitId}`} aria-label={t('reader.tools.link', { n })} title={t('reader.tools.link', { n })}>
        #
      </a>
      <button type="button" className="unit-copy" data-copy={unitId} aria-label={t('reader.tools.copy', { n })} title={t('reader.tools.copy', { n })}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" /></svg>
      </button>
      {peekable &&
        locales.map((side) => (
          <button
            key={side}
            type="button"
            className={`unit-peek unit-peek-${side}`}
            data-peek={side}
            aria-expanded="false"
            aria-controls={`${unitId}-${side}`}
            title={t(`reader.tools.peek.${side}`)}
          >
            <span aria-hidden="true">{t(`languagesShort.${side}`)}</span>
            <span className="visually-hidden">{t(`reader.tools.peek.${side}`)}</span>
          </button>
        ))}
    </div>
  );
}
