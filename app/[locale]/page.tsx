import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Library } from '@/components/library/library';
import { getArticles } from '@/lib/content';
import { isLocale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getT(locale);
  return { title: t('library.title'), description: t('library.description') };
}

export default async function LibraryPage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <Library locale={locale} articles={getArticles()} />;
}
