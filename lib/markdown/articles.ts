import 'server-only';
import type { Article } from '@/lib/content/article';
import { getArticles, getGlossary } from '@/lib/content';
import { buildConcordance, type Occurrence } from '@/lib/markdown/concordance';
import { renderArticle, type RenderedArticle } from './render-article';

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
