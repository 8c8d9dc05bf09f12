import 'server-only';
import type { Article } from '@/lib/content/article';
import { getGlossary } from '@/lib/content';
import { renderArticle, type RenderedArticle } from './render-article';

const rendered = new WeakMap<Article, RenderedArticle>();

/** The article as safe, annotated trees; rendered once per server process. */
export function getRenderedArticle(article: Article): RenderedArticle {
  let result = rendered.get(article);
  if (!result) {
    result = renderArticle(article, getGlossary());
    rendered.set(article, result);
  }
  return result;
}
