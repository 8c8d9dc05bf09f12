import 'server-only';
import { assertContent } from '@/lib/check';
import { contentDir } from './files';
import type { Content } from './load';
import type { Article } from './article';
import type { Glossary } from './glossary';

let cached: Content | undefined;

/**
 * The site's content, read once per server process; `DUIZHAO_CONTENT` points elsewhere
 * (benchmarks). It comes from the same check as `duizhao check`, so `next build` fails
 * on exactly the errors an editor sees, and prints its warnings.
 */
function content(): Content {
  cached ??= assertContent(contentDir());
  return cached;
}

export function getArticles(): Article[] {
  return content().articles;
}

export function getArticle(slug: string): Article | undefined {
  return content().articles.find((article) => article.slug === slug);
}

export function getGlossary(): Glossary {
  return content().glossary;
}

