// The one place that spells out the UI locales; everything else asks this module.
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh';

/** Remembers the interface language the reader last chose. */
export const localeCookie = 'dz-locale';

/** BCP 47 tag for `lang` attributes: the Chinese text is in simplified characters. */
export const langTag: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language of a pair: the counterpart column of the reader. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}

/**
 * Pick a UI locale from an Accept-Language header, honouring q-values.
 * Any `zh-*` or `en-*` tag counts for its base language.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) if (isLocale(entry.base)) return entry.base;
  return defaultLocale;
}
