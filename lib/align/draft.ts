import { stringify } from 'yaml';
import { SLUG } from '@/lib/content/files';
import type { Term } from '@/lib/content/schema';
import { alignParagraphs, type AlignedUnit } from './align';
import { clip, type InputText } from './input';
import type { Paragraph } from './paragraphs';

/**
 * Turn two aligned texts into an article in content format: `zh.md` and `en.md` with
 * frontmatter and unit markers, plus a review report that lists the doubtful units first.
 * Pure: the caller reads the inputs and writes the files.
 */

export const metaKeys = ['title', 'description', 'source', 'publisher', 'date', 'origin', 'note'] as const;
export type MetaKey = (typeof metaKeys)[number];
type Meta = Partial<Record<MetaKey, string>>;

export interface DraftOptions {
  zh: InputText;
  en: InputText;
  /** Folder name of the article. Default: the last path segment of the source URL, or the English title. */
  slug?: string;
  terms?: readonly Term[];
  /** Values that win over what is found in the inputs, per language. */
  meta?: { zh?: Meta; en?: Meta };
  /** Whether a local image referenced by an input exists (path relative to that input). Default: always. */
  imageExists?: (language: 'zh' | 'en', src: string) => boolean;
  /** Below this confidence a unit is listed as doubtful. Default: 0.9. */
  doubtfulBelow?: number;
}

export interface DraftUnit extends AlignedUnit {
  id: string;
}

export interface Draft {
  slug: string | undefined;
  files: { zh: string; en: string };
  report: string;
  units: DraftUnit[];
  /** Local images to copy next to the article, per language, as written in the input. */
  images: { zh: string[]; en: string[] };
  /** Things the editor must know: fields left empty, images dropped. */
  notes: string[];
}

const SHARED: readonly MetaKey[] = ['source', 'publisher', 'date'];
const REQUIRED: readonly MetaKey[] = ['title', 'description', 'source', 'publisher', 'date', 'origin'];
const IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const SOURCE_LINE = /^>\s*(?:原文链接|原文|来源|出处|source|original)\s*[:：]?.*?\]\(\s*(https?:\/\/[^)\s]+)\s*\)/i;

export function draftArticle(options: DraftOptions): Draft {
  const notes: string[] = [];
  const images = { zh: [] as string[], en: [] as string[] };
  const sides = (['zh', 'en'] as const).map((language) => {
    const input = options[language];
    const found: Meta = {};
    for (const key of metaKeys) if (input.frontmatter[key]) found[key] = input.frontmatter[key];
    let paragraphs = input.paragraphs;
    // A leading `# Title | Publisher` heading is the title, not a unit.
    const heading = /^#\s+(.+?)\s*#*$/.exec(paragraphs[0]?.text ?? '');
    if (heading && !paragraphs[0]!.text.includes('\n')) {
      const [title, publisher] = heading[1]!.split(/\s+[|｜]\s+/);
      found.title ??= title!.trim();
      if (publisher) found.publisher ??= publisher.trim();
      paragraphs = paragraphs.slice(1);
    }
    for (const p of paragraphs) {
      const source = SOURCE_LINE.exec(p.text);
      if (source) found.source ??= source[1];
    }
    paragraphs = paragraphs.flatMap((p) => {
      const text = p.text.replace(IMAGE, (whole, _alt: string, src: string) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/')) return whole;
        if (options.imageExists && !options.imageExists(language, src)) {
          notes.push(`${input.file}:${p.line}: image \`${src}\` not found next to the input: left out of ${language}.md`);
          return '';
        }
        images[language].push(src);
        return whole;
      });
      return text.trim() === '' ? [] : [{ text: text.trim(), line: p.line }];
    });
    return { language, input, found, paragraphs };
  });
  const [zh, en] = sides as [(typeof sides)[number], (typeof sides)[number]];

  // The facts both files share come from whichever side has them.
  for (const key of SHARED) {
    const value = options.meta?.zh?.[key] ?? options.meta?.en?.[key] ?? zh.found[key] ?? en.found[key];
    if (value) zh.found[key] = en.found[key] = value;
  }
  zh.found.date ??= dateFromUrl(zh.found.source);
  en.found.date ??= zh.found.date;
  zh.found.origin ??= en.found.origin === 'translation' ? 'original' : 'translation';
  en.found.origin ??= zh.found.origin === 'original' ? 'translation' : 'original';
  for (const side of sides) {
    side.found.description ??= summary(side.paragraphs);
    Object.assign(side.found, options.meta?.[side.language] ?? {});
    for (const key of REQUIRED) {
      if (!side.found[key]) notes.push(`${side.input.file}: no \`${key}\` found: left empty in ${side.language}.md for you to fill in`);
    }
  }

  const alignment = alignParagraphs(
    zh.paragraphs.map((p) => p.text),
    en.paragraphs.map((p) => p.text),
    { terms: options.terms },
  );
  const width = Math.max(2, String(alignment.units.length).length);
  const units: DraftUnit[] = alignment.units.map((unit, k) => ({ ...unit, id: `u${String(k + 1).padStart(width, '0')}` }));

  const slug = options.slug ?? slugFrom(zh.found.source, en.found.title);
  const file = (side: (typeof sides)[number]) => {
    const meta: Record<string, string> = {};
    for (const key of metaKeys) if (side.found[key] !== undefined || REQUIRED.includes(key)) meta[key] = side.found[key] ?? '';
    const body = units.flatMap((unit) => {
      const own = unit[side.language];
      if (own.length === 0) return [];
      const other = side.language === 'zh' ? unit.en : unit.zh;
      const marker = `<!-- unit ${unit.id}${other.length === 0 ? ' only' : ''} -->`;
      return [marker, ...own.map((index) => side.paragraphs[index]!.text)];
    });
    return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
  };

  return {
    slug,
    files: { zh: file(zh), en: file(en) },
    report: report({ slug, units, zh: zh.paragraphs, en: en.paragraphs, zhFile: zh.input.file, enFile: en.input.file, notes, doubtfulBelow: options.doubtfulBelow ?? 0.9 }),
    units,
    images,
    notes,
  };
}

/** True when a unit should be looked at by a person before publishing. */
export function isDoubtful(unit: AlignedUnit, below = 0.9): boolean {
  return unit.score < below || unit.zh.length === 0 || unit.en.length === 0;
}

function report(input: { slug: string | undefined; units: DraftUnit[]; zh: Paragraph[]; en: Paragraph[]; zhFile: string; enFile: string; notes: string[]; doubtfulBelow: number }): string {
  const { units, zh, en, zhFile, enFile, doubtfulBelow } = input;
  const doubtful = units.filter((u) => isDoubtful(u, doubtfulBelow)).sort((a, b) => a.score - b.score);
  const where = (file: string, list: Paragraph[], indices: number[]) =>
    indices.length === 0 ? '—' : `${file}:${list[indices[0]!]!.line}`;
  const text = (list: Paragraph[], indices: number[]) => (indices.length === 0 ? '—' : cell(clip(indices.map((i) => list[i]!.text).join(' '), 60)));
  const row = (u: DraftUnit) =>
    `| ${u.id} | ${u.score.toFixed(2)} | ${u.zh.length}:${u.en.length} | ${where(zhFile, zh, u.zh)} | ${where(enFile, en, u.en)} | ${text(zh, u.zh)} | ${text(en, u.en)} |`;
  const head = '| unit | confidence | bead | zh from | en from | zh | en |\n|---|---|---|---|---|---|---|';
  const lines = [
    `# Alignment review${input.slug ? `: ${input.slug}` : ''}`,
    '',
    `${zh.length} Chinese and ${en.length} English paragraphs in ${units.length} units. Confidence is the probability the aligner gives each unit; units under ${doubtfulBelow} and one-sided units are listed first. Fix a unit by moving its paragraphs or its \`<!-- unit … -->\` marker in zh.md and en.md, then run \`npx duizhao check\` and \`npx duizhao qa\`.`,
    '',
    `## Doubtful units (${doubtful.length})`,
    '',
    ...(doubtful.length ? [head, ...doubtful.map(row)] : ['None.']),
    '',
    ...(input.notes.length ? ['## Notes', '', ...input.notes.map((n) => `- ${n}`), ''] : []),
    '## All units',
    '',
    head,
    ...units.map(row),
    '',
  ];
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function summary(paragraphs: Paragraph[]): string | undefined {
  const body = paragraphs.find((p) => !/^(#|>|!\[|<)/.test(p.text.trim()));
  if (!body) return undefined;
  const text = body.text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  const sentence = /^.+?(?:[。！？]|[.!?](?=\s|$))/.exec(text)?.[0] ?? text;
  return sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
}

function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const ymd = /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(url);
  if (ymd) return `${ymd[1]}-${ymd[2]}-${ymd[3]}`;
  const mdy = /\/(\d{2})\/(\d{2})\/(\d{4})\//.exec(url);
  if (mdy) return `${mdy[3]}-${mdy[1]}-${mdy[2]}`;
  return undefined;
}


function slugFrom(source: string | undefined, title: string | undefined): string | undefined {
  const last = source?.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').at(-1)?.toLowerCase();
  if (last && SLUG.test(last) && last.includes('-')) return last;
  const fromTitle = title?.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return fromTitle && SLUG.test(fromTitle) ? fromTitle : undefined;
}
