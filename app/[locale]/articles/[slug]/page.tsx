import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Reader } from '@/components/reader/reader';
import { getArticle, getArticles } from '@/lib/content';
import { getRenderedArticle } from '@/lib/markdown/articles';
import { isLocale, locales } from '@/lib/i18n/locales';

// Unknown ids never reach the page: Next answers them with the global 404 page, which,
// unlike a notFound() thrown by a page, it renders on the server.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getArticles().map((article) => ({ locale, slug: article.slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = isLocale(locale) ? getArticle(slug) : undefined;
  if (!article || !isLocale(locale)) return {};
  const meta = article.meta[locale];
  return { title: meta.title, description: meta.description };
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!isLocale(locale) || !article) notFound();
  return <Reader locale={locale} article={getRenderedArticle(article)} />;
}
