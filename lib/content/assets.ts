import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const MARKDOWN = /\.(md|markdown)$/i;

/**
 * An article's images and files sit beside its Markdown; the site serves them from
 * `public/assets/{slug}/`, which this fills afresh from the content folder (next.config
 * calls it, so `next build`, `next start` and the static export all see the same files).
 * Markdown files and dot-files stay private.
 */
export function syncArticleAssets(contentDir: string, publicDir: string): number {
  const target = path.join(publicDir, 'assets');
  rmSync(target, { recursive: true, force: true });
  const articles = path.join(contentDir, 'articles');
  if (!existsSync(articles)) return 0;
  let copied = 0;
  for (const slug of readdirSync(articles)) {
    const folder = path.join(articles, slug);
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || MARKDOWN.test(entry.name) || entry.name.startsWith('.')) continue;
      const source = path.join(entry.parentPath, entry.name);
      const destination = path.join(target, slug, path.relative(folder, source));
      mkdirSync(path.dirname(destination), { recursive: true });
      cpSync(source, destination);
      copied++;
    }
  }
  return copied;
}
