'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/resources';

export function NotFoundBody({ strings }: { strings: Record<Locale, Messages['notFound']> }) {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params.locale) ? params.locale : defaultLocale;
  const s = strings[locale];
  return (
    <div className="not-found">
      <title>{`404 · ${s.title}`}</title>
      <p className="not-found-code">404</p>
      <h1>{s.title}</h1>
      <p>{s.body}</p>
      <p>
        <Link href={`/${locale}`}>{s.back}</Link>
      </p>
    </div>
  );
}
