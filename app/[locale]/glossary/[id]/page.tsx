import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermPage } from '@/components/glossary/term-page';
import { getGlossary } from '@/lib/content';
import { getConcordanceGroups } from '@/lib/markdown/articles';
import { isLocale, locales, otherLocale } from '@/lib/i18n/locales';

// Unknown ids never reach the page: Next answers them with the global 404 page, which,
// unlike a notFound() thrown by a page, it renders on the server.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getGlossary().terms.map((term) => ({ locale, id: term.id })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary/[id]'>): Promise<Metadata> {
  const { locale, id } = await params;
  const term = getGlossary().byId.get(id);
  if (!term || !isLocale(locale)) return {};
  return { title: `${term[locale].form} · ${term[otherLocale(locale)].form}`, description: term.note[locale] };
}

export default async function GlossaryTermPage({ params }: PageProps<'/[locale]/glossary/[id]'>) {
  const { locale, id } = await params;
  const term = getGlossary().byId.get(id);
  if (!isLocale(locale) || !term) notFound();
  return <TermPage locale={locale} term={term} concordance={getConcordanceGroups(term.id)} />;
}
