import { locales, type Locale } from '@/lib/i18n/locales';

/**
 * The reader's two settings. Each lives in the URL (`?view=`, `?annotate=`), which
 * wins, and in a cookie that remembers the last choice; anything unknown is ignored.
 */

/** Which columns the reader shows: both languages, or one. */
export type View = 'both' | Locale;
export const views: readonly View[] = ['both', ...locales];

/** Which term occurrences are marked: all, the first in each language, or none. */
export type Annotate = 'every' | 'first' | 'none';
export const annotations: readonly Annotate[] = ['every', 'first', 'none'];

export interface ReaderSettings {
  view: View;
  annotate: Annotate;
}

export const defaults: ReaderSettings = { view: 'both', annotate: 'first' };

/** Query parameter and cookie name of each setting. */
export const settingKeys = {
  view: { param: 'view', cookie: 'dz-view' },
  annotate: { param: 'annotate', cookie: 'dz-annotate' },
} as const satisfies Record<keyof ReaderSettings, { param: string; cookie: string }>;

const allowed: { [K in keyof ReaderSettings]: readonly ReaderSettings[K][] } = { view: views, annotate: annotations };

function pick<K extends keyof ReaderSettings>(key: K, ...candidates: unknown[]): ReaderSettings[K] {
  for (const value of candidates) {
    if (typeof value === 'string' && (allowed[key] as readonly string[]).includes(value)) return value as ReaderSettings[K];
  }
  return defaults[key];
}

/** `?view=` as given in a URL; anything unknown or repeated falls back to both. */
export function parseView(value: unknown): View {
  return pick('view', value);
}

/** Settings from the URL first, then the remembered cookies, then the defaults. */
export function resolveSettings(
  query: Record<string, string | string[] | undefined>,
  cookie: (name: string) => string | undefined,
): ReaderSettings {
  return {
    view: pick('view', query[settingKeys.view.param], cookie(settingKeys.view.cookie)),
    annotate: pick('annotate', query[settingKeys.annotate.param], cookie(settingKeys.annotate.cookie)),
  };
}

/** Whether an occurrence is marked (underlined, focusable) under an annotation setting. */
export function isMarked(annotate: string | undefined, firstInLanguage: boolean): boolean {
  if (annotate === 'none') return false;
  if (annotate === 'first') return firstInLanguage;
  return true;
}
