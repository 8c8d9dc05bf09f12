import { locales, type Locale } from '@/lib/i18n/locales';

/**
 * The reader's two settings. Each lives in the URL (`?view=`, `?annotate=`), which
 * wins, and in a cookie that remembers the last choice; anything unknown is ignored
 * (see apply-settings.ts). Pages are prerendered with the defaults.
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

/** Each setting's query parameter, cookie and allowed values, for applySettings(). */
export const settingSpecs = [
  { ...settingKeys.view, values: views },
  { ...settingKeys.annotate, values: annotations },
] as const;

/** Whether an occurrence is marked (underlined, focusable) under an annotation setting. */
export function isMarked(annotate: string | undefined, firstInLanguage: boolean): boolean {
  if (annotate === 'none') return false;
  if (annotate === 'first') return firstInLanguage;
  return true;
}
