import path from 'node:path';
import { ContentError } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { qaArticle, type QaIssue } from '@/lib/qa';
import { display, isDirectory, plural } from './check';
import { UsageError, type Command } from './command';

export const qaCommand: Command = {
  summary: 'translation QA per unit: terms, numbers, links, length',
  usage: `Usage: duizhao qa [slug] [--json] [--content <dir>]

For each unit with both sides: glossary terms on one side whose counterpart is
missing on the other, numbers that disagree, links on one side only, and units
whose length ratio is far outside the article's norm. Without a slug, every article.
  --json   print {"issues":[{"unit","kind","term","side","message",…}]}
Exit status: 0 no issues, 1 issues found, 2 bad usage or content that does not load.`,
  options: { json: { type: 'boolean' } },
  positionals: [0, 1],
  run({ values, positionals }, io) {
    const dir = path.resolve(io.cwd, String(values.content));
    if (!isDirectory(dir)) throw new UsageError(`no content folder at ${values.content}`);
    let content;
    try {
      content = loadContent(dir);
    } catch (error) {
      if (error instanceof ContentError) {
        const file = display(io.cwd, path.resolve(error.file));
        throw new UsageError(`${file}:${error.line}:${error.column}: ${error.reason} (run \`duizhao check\` first)`);
      }
      throw error;
    }
    const [slug] = positionals;
    const articles = slug === undefined ? content.articles : content.articles.filter((a) => a.slug === slug);
    if (articles.length === 0) {
      throw new UsageError(slug === undefined ? 'no articles' : `no article \`${slug}\` (have: ${content.articles.map((a) => a.slug).join(', ') || 'none'})`);
    }
    const issues: QaIssue[] = articles.flatMap((article) => qaArticle(article, content.glossary));
    if (values.json) {
      io.stdout(`${JSON.stringify({ issues }, null, 2)}\n`);
    } else {
      for (const issue of issues) io.stdout(`${display(io.cwd, path.resolve(issue.file))}:${issue.line}:1: ${issue.unit}: ${issue.kind}: ${issue.message}\n`);
      const units = articles.reduce((sum, a) => sum + a.units.length, 0);
      io.stderr(`qa: ${plural(units, 'unit')} in ${plural(articles.length, 'article')}, ${plural(issues.length, 'issue')}\n`);
    }
    return issues.length > 0 ? 1 : 0;
  },
};
