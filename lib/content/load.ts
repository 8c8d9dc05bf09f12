import path from 'node:path';
import { locales, type Locale } from '@/lib/i18n/locales';
import { pairArticle, type Article } from './article';
import { ContentError, type ContentWarning } from './errors';
import { SLUG, displayPath as display, listDirs as listDirsOrUndefined, readText } from './files';
import { parseGlossary, type Glossary } from './glossary';
import { parseArticleFile, type ArticleFile } from './markdown-file';

export interface Content {
  articles: Article[];
  glossary: Glossary;
  warnings: ContentWarning[];
}

/**
 * Read a content folder: `glossary.yaml` and `articles/{slug}/{zh,en}.md`.
 * Throws the first ContentError found; paths in messages are relative to the
 * working directory so that editors can click them.
 */
export function loadContent(dir: string): Content {
  const glossaryPath = path.join(dir, 'glossary.yaml');
  const glossary = parseGlossary(read(glossaryPath), display(glossaryPath));
  const articlesDir = path.join(dir, 'articles');
  const articles: Article[] = [];
  for (const slug of listDirs(articlesDir)) {
    const folder = path.join(articlesDir, slug);
    if (!SLUG.test(slug)) throw new ContentError(display(folder), 1, 1, `article folder \`${slug}\` is not a kebab-case slug`);
    const files = Object.fromEntries(
      locales.map((locale) => {
        const file = path.join(folder, `${locale}.md`);
        return [locale, parseArticleFile(read(file), display(file))];
      }),
    ) as Record<Locale, ArticleFile>;
    articles.push(pairArticle(slug, files));
  }
  return { articles, glossary, warnings: articles.flatMap((a) => a.warnings) };
}

function read(file: string): string {
  const text = readText(file);
  if (text === undefined) throw new ContentError(display(file), 1, 1, 'file is missing or unreadable');
  return text;
}

function listDirs(dir: string): string[] {
  const dirs = listDirsOrUndefined(dir);
  if (!dirs) throw new ContentError(display(dir), 1, 1, 'folder is missing or unreadable');
  return dirs;
}
