import { langTag, type Locale } from './locales';

/** An ISO date (`2023-03-24`) as the locale writes it; computed in UTC so the day never shifts. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(langTag[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
