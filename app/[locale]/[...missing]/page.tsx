import { notFound } from 'next/navigation';
import { isStaticExport } from '@/lib/build-mode';
import { locales } from '@/lib/i18n/locales';

// A static export must prerender something: a localised 404 page per locale (/zh/404/).
export function generateStaticParams() {
  return isStaticExport ? locales.map((locale) => ({ locale, missing: ['404'] })) : [];
}

/** Any other path under a locale: the localised 404 of `not-found.tsx`. */
export default function Missing() {
  notFound();
}
