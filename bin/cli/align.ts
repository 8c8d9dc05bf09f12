import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { alignParagraphs, draftArticle, InputError, isDoubtful, readInput, type InputText, type MetaKey } from '@/lib/align';
import { ContentError } from '@/lib/content/errors';
import { SLUG, isFile } from '@/lib/content/files';
import { parseGlossary } from '@/lib/content/glossary';
import type { Term } from '@/lib/content/schema';
import { display, plural } from './check';
import { UsageError, type Command, type Io } from './command';


export const alignCommand: Command = {
  summary: 'propose an alignment of a Chinese and an English text',
  usage: `Usage: duizhao align <zh.md> <en.md> (--out <dir> | --json) [options]

Paragraphs are the blocks between blank lines (frontmatter and unit markers left out).
  --out <dir>            write <dir>/<slug>/{zh,en}.md in content format and
                         ALIGNMENT.md, a review report with the doubtful units first
  --slug <slug>          article folder name (default: from the source URL or the title)
  --force                replace an existing <dir>/<slug>
  --json                 print {"units":[{"zh":[0],"en":[0,1],"score":0.97},…]} with
                         0-based paragraph indices of the two inputs
  --title-zh, --title-en, --description-zh, --description-en, --source,
  --publisher, --date <value>
                         frontmatter values (otherwise taken from the inputs: their
                         frontmatter, a leading "# Title | Publisher" heading, a
                         "> 原文链接：[…](url)" line, the date in the source URL)
  --content <dir>        content folder whose glossary.yaml gives anchors (default: content/)
Exit status: 0 written, 2 bad usage or bad input (nothing is written).`,
  options: {
    out: { type: 'string' },
    slug: { type: 'string' },
    json: { type: 'boolean' },
    force: { type: 'boolean' },
    'title-zh': { type: 'string' },
    'title-en': { type: 'string' },
    'description-zh': { type: 'string' },
    'description-en': { type: 'string' },
    source: { type: 'string' },
    publisher: { type: 'string' },
    date: { type: 'string' },
  },
  positionals: [2, 2],
  run({ values, positionals }, io) {
    if (!values.out && !values.json) throw new UsageError('nothing to do: pass --out <dir> or --json');
    if (values.slug !== undefined && !SLUG.test(String(values.slug))) throw new UsageError(`--slug \`${values.slug}\` is not a kebab-case slug (a-z, 0-9, single hyphens)`);
    const [zhPath, enPath] = positionals.map((p) => path.resolve(io.cwd, p)) as [string, string];
    const zh = input(zhPath, 'zh', io);
    const en = input(enPath, 'en', io);
    const terms = glossaryTerms(path.resolve(io.cwd, String(values.content)), io);

    if (values.json && !values.out) {
      const { units } = alignParagraphs(zh.paragraphs.map((p) => p.text), en.paragraphs.map((p) => p.text), { terms });
      io.stdout(`{"units":[\n${units.map((u) => JSON.stringify(u)).join(',\n')}\n]}\n`);
      return 0;
    }

    const string = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
    const meta = (language: 'zh' | 'en') => {
      const out: Partial<Record<MetaKey, string>> = {};
      for (const key of ['title', 'description'] as const) if (string(`${key}-${language}`)) out[key] = string(`${key}-${language}`);
      for (const key of ['source', 'publisher', 'date'] as const) if (string(key)) out[key] = string(key);
      return out;
    };
    const inputs = { zh: zhPath, en: enPath };
    const draft = draftArticle({
      zh,
      en,
      slug: string('slug'),
      terms,
      meta: { zh: meta('zh'), en: meta('en') },
      imageExists: (language, src) => isFile(path.resolve(path.dirname(inputs[language]), decode(src))),
    });
    if (!draft.slug) throw new UsageError('cannot derive a slug from the source URL or the English title: pass --slug <slug>');

    const outDir = path.resolve(io.cwd, String(values.out));
    const target = path.join(outDir, draft.slug);
    if (existsSync(target) && !values.force) throw new UsageError(`${display(io.cwd, target)} already exists (pass --force to replace it)`);
    for (const language of ['zh', 'en'] as const) {
      for (const src of draft.images[language]) {
        const relative = path.normalize(decode(src));
        if (relative.startsWith('..') || path.isAbsolute(relative)) {
          throw new UsageError(`${display(io.cwd, inputs[language])}: image \`${src}\` lies outside the input's folder: copy it next to the input first`);
        }
      }
    }

    // Everything goes to a temporary folder beside the target, then one rename: an
    // interrupted run leaves no half-written article.
    mkdirSync(outDir, { recursive: true });
    const temp = mkdtempSync(path.join(outDir, `.${draft.slug}.tmp-`));
    try {
      writeFileSync(path.join(temp, 'zh.md'), draft.files.zh);
      writeFileSync(path.join(temp, 'en.md'), draft.files.en);
      writeFileSync(path.join(temp, 'ALIGNMENT.md'), draft.report);
      for (const language of ['zh', 'en'] as const) {
        for (const src of draft.images[language]) {
          const relative = path.normalize(decode(src));
          mkdirSync(path.dirname(path.join(temp, relative)), { recursive: true });
          copyFileSync(path.resolve(path.dirname(inputs[language]), relative), path.join(temp, relative));
        }
      }
      if (existsSync(target)) {
        const old = `${temp}.old`;
        renameSync(target, old);
        renameSync(temp, target);
        rmSync(old, { recursive: true, force: true });
      } else {
        renameSync(temp, target);
      }
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      throw error;
    }

    for (const note of draft.notes) io.stderr(`note: ${note}\n`);
    const doubtful = draft.units.filter((u) => isDoubtful(u));
    const shown = display(io.cwd, target);
    io.stdout(`wrote ${shown}/zh.md, en.md and ALIGNMENT.md: ${plural(draft.units.length, 'unit')}, ${doubtful.length} to review\n`);
    for (const u of doubtful.sort((a, b) => a.score - b.score)) {
      io.stdout(`  ${u.id}  ${u.score.toFixed(2)}  ${u.zh.length}:${u.en.length}\n`);
    }
    if (values.json) io.stdout(`{"units":[\n${draft.units.map(({ zh: z, en: e, score }) => JSON.stringify({ zh: z, en: e, score })).join(',\n')}\n]}\n`);
    return 0;
  },
};

function input(file: string, language: 'zh' | 'en', io: Io): InputText {
  const shown = display(io.cwd, file);
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`${shown}: is a folder, expected a Markdown file`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${shown}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return readInput(bytes, shown, language);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

// The glossary gives anchors; without a content folder the aligner does without.
function glossaryTerms(dir: string, io: Io): Term[] {
  const file = path.join(dir, 'glossary.yaml');
  if (!existsSync(file)) return [];
  try {
    return parseGlossary(readFileSync(file, 'utf8'), display(io.cwd, file)).terms;
  } catch (error) {
    if (error instanceof ContentError) throw new UsageError(`${error.message} (the glossary gives the aligner its anchors)`);
    throw error;
  }
}

function decode(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}
