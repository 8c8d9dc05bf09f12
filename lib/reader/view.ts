import { locales, type Locale } from '@/lib/i18n/locales';

/** Which columns the reader shows: both languages, or one. */
export type View = 'both' | Locale;
export const views: readonly View[] = ['both', ...locales];

/** `?view=` as given in a URL; anything unknown or repeated falls back to both. */
export function parseView(value: unknown): View {
  return typeof value === 'string' && (views as readonly string[]).includes(value) ? (value as View) : 'both';
}
