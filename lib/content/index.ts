import 'server-only';
import path from 'node:path';
import { formatWarning } from './errors';
import { loadContent, type Content } from './load';
import type { Article } from './article';
import type { Glossary } from './glossary';

let cached: Content | undefined;

/** The site's content, read once per server process; `DUIZHAO_CONTENT` points elsewhere (benchmarks). */
function content(): Content {
  if (!cached) {
    cached = loadContent(process.env.DUIZHAO_CONTENT ?? path.join(process.cwd(), 'content'));
    for (const warning of cached.warnings) console.warn(formatWarning(warning));
  }
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
