import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GlossaryIndex } from '@/components/glossary/glossary-index';
import { getGlossary } from '@/lib/content';
import { getConcordance } from '@/lib/markdown/articles';
import { isLocale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getT(locale);
  return { title: t('glossary.title'), description: t('glossary.description') };
}

export default async function GlossaryPage({ params }: PageProps<'/[locale]/glossary'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { terms } = getGlossary();
  const units = new Map(terms.map((term) => [term.id, getConcordance(term.id).length]));
  return <GlossaryIndex locale={locale} terms={terms} units={units} />;
}
