import path from 'node:path';
import type { Root } from 'mdast';
import { defaultSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import { pairArticle, type Article } from '@/lib/content/article';
import { ContentError } from '@/lib/content/errors';
import { parseGlossary, type Glossary } from '@/lib/content/glossary';
import { SLUG, clip, displayPath as relativeToCwd, isFile, listDirs, readText as read } from '@/lib/content/files';
import type { Content } from '@/lib/content/load';
import { parseArticleFile, parseMarkdown, type ArticleFile } from '@/lib/content/markdown-file';
import { locales, type Locale } from '@/lib/i18n/locales';

/**
 * `duizhao check` and the build's content gate: everything the loader rejects, for
 * every file rather than the first, plus what the loader cannot see — images and
 * local links that point nowhere — and, as warnings, what the sanitizer would drop.
 * The loader's own functions do the parsing, so the check and the app cannot disagree.
 */

export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface CheckOptions {
  /** How paths are shown in messages. Default: relative to the working directory. */
  display?: (file: string) => string;
}

// Protocols rehype-sanitize keeps (the default schema the pipeline uses).
const SAFE = {
  href: defaultSchema.protocols?.href ?? ['http', 'https', 'mailto'],
  src: defaultSchema.protocols?.src ?? ['http', 'https'],
};

export function checkContent(dir: string, options: CheckOptions = {}): Problem[] {
  return inspect(dir, options).problems;
}

/**
 * The check, and what it parsed on the way: the content itself when nothing is wrong,
 * the same as loadContent() would return, so the build reads every file once.
 */
function inspect(dir: string, options: CheckOptions): { problems: Problem[]; content?: Content } {
  const display = options.display ?? relativeToCwd;
  const articles: Article[] = [];
  const problems: Problem[] = [];
  const fail = (error: unknown, fallbackFile: string) => {
    if (error instanceof ContentError) problems.push({ file: error.file, line: error.line, column: error.column, severity: 'error', message: error.reason });
    else problems.push({ file: fallbackFile, line: 1, column: 1, severity: 'error', message: error instanceof Error ? error.message : String(error) });
  };

  const glossaryPath = path.join(dir, 'glossary.yaml');
  let glossary: Glossary | undefined;
  const glossaryText = read(glossaryPath);
  if (glossaryText === undefined) {
    problems.push(problem(display(glossaryPath), 1, 1, 'file is missing or unreadable'));
  } else {
    try {
      glossary = parseGlossary(glossaryText, display(glossaryPath));
    } catch (error) {
      fail(error, display(glossaryPath));
    }
  }

  const articlesDir = path.join(dir, 'articles');
  const slugs = listDirs(articlesDir);
  if (slugs === undefined) {
    problems.push(problem(display(articlesDir), 1, 1, 'folder is missing or unreadable'));
    return { problems: sort(problems) };
  }
  const routes = appRoutes(slugs.filter((s) => SLUG.test(s)), glossary);
  for (const slug of slugs) {
    const folder = path.join(articlesDir, slug);
    if (!SLUG.test(slug)) {
      problems.push(problem(display(folder), 1, 1, `article folder \`${slug}\` is not a kebab-case slug`));
      continue;
    }
    const parsed: Partial<Record<Locale, ArticleFile>> = {};
    for (const locale of locales) {
      const file = path.join(folder, `${locale}.md`);
      const shown = display(file);
      const text = read(file);
      if (text === undefined) {
        problems.push(problem(shown, 1, 1, 'file is missing or unreadable'));
        continue;
      }
      try {
        // One parse serves both; the links first, since reading the units changes the tree.
        const tree = parseMarkdown(text, shown);
        problems.push(...checkLinks(tree, shown, folder, routes));
        parsed[locale] = parseArticleFile(text, shown, tree);
        for (const w of parsed[locale].warnings) problems.push({ ...w, severity: 'warning' });
      } catch (error) {
        fail(error, shown);
      }
    }
    const [a, b] = locales;
    if (parsed[a] && parsed[b]) {
      try {
        articles.push(pairArticle(slug, parsed as Record<Locale, ArticleFile>));
      } catch (error) {
        fail(error, display(folder));
      }
    }
  }
  const clean = !problems.some((p) => p.severity === 'error');
  const content = clean && glossary ? { articles, glossary, warnings: articles.flatMap((a) => a.warnings) } : undefined;
  return { problems: sort(problems), content };
}

/** `path:line:column: message`, with `warning: ` before the message of a warning. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/**
 * For the build: throw when the content has errors (all of them in the message, one a
 * line), print warnings, and otherwise return the content.
 */
export function assertContent(dir: string, log: (line: string) => void = console.warn): Content {
  const { problems, content } = inspect(dir, {});
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of problems) if (p.severity === 'warning') log(formatProblem(p));
  if (errors.length > 0 || !content) {
    throw new Error(`Content check failed with ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}`);
  }
  return content;
}

function checkLinks(tree: Root, file: string, folder: string, routes: Set<string>): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const url = node.url.trim();
    const line = node.position?.start.line ?? 1;
    const column = node.position?.start.column ?? 1;
    const kind = node.type === 'image' ? 'image' : 'link';
    const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (protocol && kind === 'image' && (protocol === 'http' || protocol === 'https')) {
      // A page may load nothing from another host (see lib/security-headers.ts).
      problems.push({ file, line, column, severity: 'error', message: `image \`${clip(url)}\` is on another host, which the site never loads from: save it beside the article and link it as a relative path` });
      return;
    }
    if (protocol) {
      const allowed = kind === 'image' ? SAFE.src : SAFE.href;
      if (!allowed.includes(protocol)) problems.push({ file, line, column, severity: 'warning', message: `${kind} \`${clip(url)}\` uses \`${protocol}:\`, which the sanitizer removes` });
      return;
    }
    if (url === '' || url.startsWith('#') || url.startsWith('//')) {
      if (url === '') problems.push({ file, line, column, severity: 'error', message: `${kind} has an empty target` });
      return;
    }
    const bare = url.replace(/[?#].*$/, '');
    if (url.startsWith('/')) {
      if (kind === 'link' && routes.has(bare.replace(/\/+$/, '') || '/')) return;
      // Without a valid glossary its pages are unknown: the glossary's own error says enough.
      if (kind === 'link' && !routes.has(GLOSSARY_KNOWN) && GLOSSARY_PAGE.test(bare)) return;
      problems.push({ file, line, column, severity: 'error', message: `${kind} \`${url}\` points to no page of the site` });
      return;
    }
    let target: string;
    try {
      target = path.resolve(folder, decodeURIComponent(bare));
    } catch {
      target = path.resolve(folder, bare);
    }
    if (!isFile(target)) {
      problems.push({ file, line, column, severity: 'error', message: `${kind} \`${url}\` points to a file that does not exist (${relativeToCwd(target)})` });
    }
  });
  return problems;
}

const GLOSSARY_KNOWN = 'glossary';
const GLOSSARY_PAGE = new RegExp(`^/(?:${locales.join('|')})/glossary/[^/]+/?$`);

function appRoutes(slugs: string[], glossary: Glossary | undefined): Set<string> {
  const routes = new Set<string>(['/']);
  if (glossary) routes.add(GLOSSARY_KNOWN);
  for (const locale of locales) {
    routes.add(`/${locale}`);
    routes.add(`/${locale}/glossary`);
    for (const slug of slugs) routes.add(`/${locale}/articles/${slug}`);
    for (const term of glossary?.terms ?? []) routes.add(`/${locale}/glossary/${term.id}`);
  }
  return routes;
}

function problem(file: string, line: number, column: number, message: string): Problem {
  return { file, line, column, severity: 'error', message };
}

function sort(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

