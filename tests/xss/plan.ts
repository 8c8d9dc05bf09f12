/**
 * What the XSS suite puts where: every payload of the shared corpora, numbered, and
 * how they are spread over articles, frontmatter fields and glossary notes. Pure and
 * deterministic, so that the generator (prepare.ts), the spec and the summary agree
 * on it without passing files around. The Markdown itself is written by content.ts.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
/** In CI the shared folder sits beside the repository. */
export const corporaDir = path.resolve(repoRoot, '../shared/corpora/xss');
/** Everything the suite writes: content, build log, results. Fixed, so reruns overwrite. */
export const workDir = path.join(os.tmpdir(), 'duizhao-xss');
export const contentDir = path.join(workDir, 'content');
export const resultsDir = path.join(workDir, 'checked');
export const distDir = '.next-xss';
export const port = Number(process.env.XSS_PORT ?? 3291);

/** The seed article rides along unchanged: its page is the baseline of Next's own scripts. */
export const seedSlug = 'the-secret-history-of-elon-musk-sam-altman-and-openai';

export const sources = ['payloadbox', 'dompurify', 'h5sc-line', 'h5sc-vector'] as const;
export type Source = (typeof sources)[number];

export const sourceFiles: Record<Source, string> = {
  payloadbox: 'payloadbox-xss-payload-list.txt',
  dompurify: 'dompurify-expect.json',
  'h5sc-line': 'h5sc-vectors.txt',
  'h5sc-vector': 'h5sc-vectors.txt',
};

export interface Payload {
  /** 1-based over all sources; names the payload's unit (`p0042`). */
  id: number;
  source: Source;
  /** Where in its file: the line (text files), the item index (JSON), the vector id (H5SC). */
  at: number;
  text: string;
}

/** Every distinct, non-blank payload of each source, in file order. */
export function loadPayloads(dir = corporaDir): { payloads: Payload[]; skipped: Record<Source, { blank: number; duplicate: number }> } {
  const raw: { source: Source; at: number; text: string }[] = [];
  readFileSync(path.join(dir, sourceFiles.payloadbox), 'utf8')
    .split('\n')
    .forEach((text, i) => raw.push({ source: 'payloadbox', at: i + 1, text }));
  (JSON.parse(readFileSync(path.join(dir, sourceFiles.dompurify), 'utf8')) as { payload: string }[]).forEach((item, i) =>
    raw.push({ source: 'dompurify', at: i, text: item.payload }),
  );
  const h5sc = readFileSync(path.join(dir, sourceFiles['h5sc-line']), 'utf8');
  h5sc.split('\n').forEach((text, i) => raw.push({ source: 'h5sc-line', at: i + 1, text }));
  // The file runs the 139 vectors together, several to a line or one over several lines,
  // each wrapped as `<div id="N">…//["'`-->]]>]</div>`: the lines alone cut many apart.
  for (const match of h5sc.matchAll(/<div id="(\d+)">([\s\S]*?)\/\/\["'`-->\]\]>\]<\/div>/g)) {
    raw.push({ source: 'h5sc-vector', at: Number(match[1]), text: match[2]! });
  }

  const skipped = Object.fromEntries(sources.map((s) => [s, { blank: 0, duplicate: 0 }])) as Record<Source, { blank: number; duplicate: number }>;
  const seen = Object.fromEntries(sources.map((s) => [s, new Set<string>()])) as Record<Source, Set<string>>;
  const payloads: Payload[] = [];
  for (const item of raw) {
    if (item.text.trim() === '') skipped[item.source].blank++;
    else if (seen[item.source].has(item.text)) skipped[item.source].duplicate++;
    else {
      seen[item.source].add(item.text);
      payloads.push({ id: payloads.length + 1, ...item });
    }
  }
  return { payloads, skipped };
}

export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Where a payload goes in the body of its unit; each unit carries one payload in all six. */
export const bodyPlacements = ['text', 'paragraph', 'html-block', 'link-target', 'link-text', 'image-alt'] as const;
export type BodyPlacement = (typeof bodyPlacements)[number];
export const metaPlacements = ['title', 'description', 'note', 'publisher'] as const;
export type MetaPlacement = (typeof metaPlacements)[number];
export type Placement = BodyPlacement | `frontmatter-${MetaPlacement}` | 'glossary-note';

/** Which placements go on which side of a payload's unit. */
export const sideOf: Record<BodyPlacement, Locale> = {
  text: 'zh',
  paragraph: 'zh',
  'html-block': 'zh',
  'link-target': 'en',
  'link-text': 'en',
  'image-alt': 'en',
};

/** The label a placement's snippet starts with: `T0042`, found again on the page. */
export const labelOf: Record<BodyPlacement, string> = {
  text: 'T',
  paragraph: 'P',
  'html-block': 'H',
  'link-target': 'L',
  'link-text': 'K',
  'image-alt': 'I',
};

export const label = (placement: BodyPlacement, payload: { id: number }) => `${labelOf[placement]}${String(payload.id).padStart(4, '0')}`;

export interface TermPlan {
  id: string;
  forms: Record<Locale, string>;
  note: Record<Locale, string>;
  notePayloads: Record<Locale, number[]>;
}

export interface ArticlePlan {
  slug: string;
  payloads: Payload[];
  meta: Record<Locale, { title: string; description: string; note: string }>;
  /** Shared by both files (the loader requires it), so one value. */
  publisher: string;
  metaPayloads: Record<Locale, Record<'title' | 'description' | 'note', number[]>> & { publisher: number[] };
  terms: TermPlan[];
}

export const articleCount = 20;
export const termsPerArticle = 4;
const publisherPayloads = 5;
// Twenty distinct Han characters: each article's term forms are 载荷 + one of these + a numeral.
const HAN = '天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往';
const NUMERALS = '一二三四五六七八九';

export const unitId = (payload: Payload) => `p${String(payload.id).padStart(4, '0')}`;

/** Text in a field is trimmed by the loader; the label keeps a field non-empty and findable. */
function join(label: string, batch: Payload[]): string {
  return [label, ...batch.map((p) => p.text)].join('\n').trim();
}

export function planArticles(payloads: Payload[]): ArticlePlan[] {
  const per = Math.ceil(payloads.length / articleCount);
  return Array.from({ length: articleCount }, (_, a) => {
    const n = String(a + 1).padStart(2, '0');
    const slug = `xss-${n}`;
    const own = payloads.slice(a * per, (a + 1) * per);
    // Round-robin: every payload of the article lands in one frontmatter field and one note.
    const fields = ['title', 'description', 'note'] as const;
    const slots = locales.flatMap((l) => fields.map((f) => ({ l, f })));
    const meta = Object.fromEntries(locales.map((l) => [l, { title: '', description: '', note: '' }])) as ArticlePlan['meta'];
    const empty = (): Record<(typeof fields)[number], number[]> => ({ title: [], description: [], note: [] });
    const metaPayloads: ArticlePlan['metaPayloads'] = { zh: empty(), en: empty(), publisher: own.slice(0, publisherPayloads).map((p) => p.id) };
    for (const [s, { l, f }] of slots.entries()) {
      const batch = own.filter((_, i) => i % slots.length === s);
      meta[l][f] = join(`[${slug} ${f} ${l}]`, batch);
      metaPayloads[l][f] = batch.map((p) => p.id);
    }
    const noteSlots = termsPerArticle * locales.length;
    const terms = Array.from({ length: termsPerArticle }, (_, t): TermPlan => {
      const id = `${slug}-term-${t + 1}`;
      const note = {} as Record<Locale, string>;
      const notePayloads = {} as Record<Locale, number[]>;
      locales.forEach((l, li) => {
        const batch = own.filter((_, i) => i % noteSlots === t * locales.length + li);
        note[l] = join(`[${id} ${l}]`, batch);
        notePayloads[l] = batch.map((p) => p.id);
      });
      return { id, forms: { zh: `载荷${HAN[a]}${NUMERALS[t]}`, en: `XSSnote-${n}-${t + 1}` }, note, notePayloads };
    });
    return {
      slug,
      payloads: own,
      meta,
      publisher: join(`[${slug} publisher]`, own.slice(0, publisherPayloads)),
      metaPayloads,
      terms,
    };
  });
}
