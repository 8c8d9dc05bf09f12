import 'server-only';
import type { Article } from '@/lib/content/article';
import { getArticle, getArticles, getGlossary } from '@/lib/content';
import { buildConcordance, type Occurrence } from '@/lib/markdown/concordance';
import { renderArticle, type RenderedArticle, type RenderedUnit } from './render-article';

const rendered = new WeakMap<Article, RenderedArticle>();
let concordance: Map<string, Occurrence[]> | undefined;

/** The article as safe, annotated trees; rendered once per server process. */
export function getRenderedArticle(article: Article): RenderedArticle {
  let result = rendered.get(article);
  if (!result) {
    result = renderArticle(article, getGlossary());
    rendered.set(article, result);
  }
  return result;
}

/** Every unit, of every article, in which a term occurs. */
export function getConcordance(termId: string): Occurrence[] {
  concordance ??= buildConcordance(getArticles().map(getRenderedArticle));
  return concordance.get(termId) ?? [];
}

/** A term's occurrences in one article, each with its rendered unit. */
export interface ConcordanceGroup {
  article: RenderedArticle;
  rows: { occurrence: Occurrence; unit: RenderedUnit }[];
}

/** Every unit in which a term occurs, grouped by article, in article order. */
export function getConcordanceGroups(termId: string): ConcordanceGroup[] {
  const groups = new Map<string, ConcordanceGroup>();
  for (const occurrence of getConcordance(termId)) {
    let group = groups.get(occurrence.slug);
    if (!group) {
      const article = getRenderedArticle(getArticle(occurrence.slug)!);
      group = { article, rows: [] };
      groups.set(occurrence.slug, group);
    }
    group.rows.push({ occurrence, unit: group.article.units.find((u) => u.id === occurrence.unitId)! });
  }
  return [...groups.values()];
}
