/**
 * The generator: writes the planned payloads as a content folder the real loader reads.
 *
 * Each payload gets a unit of its own (`p0042`). The Chinese side holds it as escaped
 * text (it must come out on the page literally), as a raw Markdown paragraph and as a raw
 * HTML block; the English side as a link target, as link text and as image alt text.
 *
 * Markdown can swallow what follows it (an unclosed `<script>` or `<!--` block, a code
 * fence) and would then eat the next unit marker, so every snippet is parsed on its own,
 * followed by a marker, before it is used. A snippet that does not come out as intended
 * falls back to a tamer form of the same payload, and the manifest says which and why.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse, stringify } from 'yaml';
import {
  bodyPlacements,
  label,
  locales,
  planArticles,
  repoRoot,
  seedSlug,
  sideOf,
  unitId,
  type ArticlePlan,
  type BodyPlacement,
  type Locale,
  type Payload,
} from './plan';

const parser = unified().use(remarkParse);

/** How a payload was written in one placement. */
export type Form =
  | 'exact' // as the placement intends: the literal payload, or its raw Markdown
  | 'escaped' // raw Markdown did not come out as intended: written as escaped text instead
  | 'joined' // its line breaks (or blank lines) would have ended the block: removed
  | 'fragment'; // a link target the content check rejects (relative path, site path, empty): after `#`

export interface Manifest {
  generatedFrom: string;
  payloads: { id: number; source: Payload['source']; at: number }[];
  skipped: Record<string, { blank: number; duplicate: number }>;
  /** Per placement, the form of each payload id that is not `exact`. */
  adapted: Record<BodyPlacement, Record<number, Form>>;
}

const PUNCTUATION = /[!-/:-@[-`{-~]/;
// Line breaks and their kin must not break the line: written as character references.
// Other control characters stay raw, as a reference to them decodes to U+FFFD.
const AS_REFERENCE = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** A string as Markdown text that parses back to exactly that string, on one line. */
export function escapeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (PUNCTUATION.test(ch)) out += `\\${ch}`;
    else if (AS_REFERENCE.has(code)) out += `&#${code};`;
    else out += ch;
  }
  // A paragraph drops the spaces at the end of its line.
  return out.replace(/ +$/, (spaces) => '&#32;'.repeat(spaces.length));
}

/** A link destination in `<…>` that parses back to exactly `url`. */
export function escapeDestination(url: string): string {
  let out = '';
  for (const ch of url) {
    const code = ch.codePointAt(0)!;
    if (PUNCTUATION.test(ch)) out += `\\${ch}`;
    else if (AS_REFERENCE.has(code)) out += `&#${code};`;
    else out += ch;
  }
  return `<${out}>`;
}

function toText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(toText).join('');
  return '';
}

function find<T extends Nodes['type']>(tree: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const out: Nodes[] = [];
  const walk = (node: Nodes) => {
    if (node.type === type) out.push(node);
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  return out as Extract<Nodes, { type: T }>[];
}

const SENTINEL = '<!-- unit zz-sentinel -->';

/** Parse a snippet followed by a unit marker: its own nodes, or null if it swallowed the marker. */
function isolate(snippet: string): Nodes[] | null {
  const tree = parser.parse(`${snippet}\n\n${SENTINEL}\n\nEND\n`) as Root;
  const n = tree.children.length;
  const marker = tree.children[n - 2];
  const end = tree.children[n - 1];
  if (n < 3 || marker?.type !== 'html' || marker.value !== SENTINEL || end?.type !== 'paragraph' || toText(end) !== 'END') return null;
  return tree.children.slice(0, -2);
}

const joinLines = (text: string) => text.replace(/\r\n|\r|\n/g, ' ');
const oneLine = (text: string) => !/[\r\n]/.test(text);
const BLANK_LINE = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/;
const dropBlankLines = (text: string) => text.replace(/(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+/g, '\n');
const LINK = 'https://example.invalid/';

/**
 * Whether the content check (lib/check) lets a link or image target through: it rejects
 * an empty target, a site path that is no page, a relative path that names no file
 * beside the article, and an image on another host. Such payloads fall back to a tamer
 * form. (Making the relative files exist would work too, but next.config copies every
 * file beside an article into public/assets/ of the working tree: thousands of files
 * named after payloads.)
 */
const PROTOCOL = /^([a-z][a-z0-9+.-]*):/i;
function checkAccepts(url: string, kind: 'link' | 'image'): boolean {
  const trimmed = url.trim();
  const protocol = PROTOCOL.exec(trimmed)?.[1]?.toLowerCase();
  if (protocol) return !(kind === 'image' && (protocol === 'http' || protocol === 'https'));
  return trimmed.startsWith('#') || trimmed.startsWith('//');
}

/** Every link and image target in the nodes passes the check (`x.png` exists). */
function targetsPass(nodes: Nodes[]): boolean {
  return nodes.every(
    (node) =>
      find(node, 'link').every((link) => checkAccepts(link.url, 'link')) &&
      find(node, 'definition').every((definition) => checkAccepts(definition.url, 'link')) &&
      find(node, 'image').every((image) => image.url === 'x.png' || checkAccepts(image.url, 'image')),
  );
}

interface Snippet {
  markdown: string;
  form: Form;
}

type Writer = (payload: Payload, label: string) => Snippet;

/**
 * The first candidate that comes out as intended, on its own (it swallows nothing) and
 * through the content check.
 */
function pick(candidates: Snippet[], ok: (nodes: Nodes[]) => boolean): Snippet {
  const found = candidates.find((candidate) => {
    const nodes = isolate(candidate.markdown);
    return nodes !== null && ok(nodes) && targetsPass(nodes);
  });
  if (!found) throw new Error(`no form of this payload works: ${JSON.stringify(candidates[0]?.markdown.slice(0, 80))}`);
  return found;
}

const links = (nodes: Nodes[]) => nodes.flatMap((n) => find(n, 'link'));
const images = (nodes: Nodes[]) => nodes.flatMap((n) => find(n, 'image'));

const writers: Record<BodyPlacement, Writer> = {
  // Escaped text on one line cannot start or swallow a block: no need to parse it.
  text: (p, label) => ({ markdown: `${label}: ${escapeText(p.text)}`, form: 'exact' }),
  paragraph: (p, label) =>
    // One line after a label cannot start a block or swallow one; without `](` or `]:`
    // it holds no link a definition could not already give (definitions are checked).
    oneLine(p.text) && !/\][(:]/.test(p.text)
      ? { markdown: `${label}: ${p.text}`, form: 'exact' }
      : pick(
          [
            { markdown: `${label}: ${p.text}`, form: 'exact' },
            { markdown: `${label}: ${joinLines(p.text)}`, form: 'joined' },
            { markdown: `${label}: ${escapeText(p.text)}`, form: 'escaped' },
          ],
          () => true,
        ),
  'html-block': (p) => {
    const block = (text: string) => `<div>\n${text}\n</div>`;
    // An HTML block that starts with <div> runs to the first blank line: the one after it.
    if (!BLANK_LINE.test(p.text)) return { markdown: block(p.text), form: 'exact' };
    return pick(
      [
        { markdown: block(p.text), form: 'exact' },
        { markdown: block(dropBlankLines(p.text)), form: 'joined' },
      ],
      (nodes) => nodes.length === 1 && nodes[0]!.type === 'html',
    );
  },
  'link-target': (p, label) => {
    const link = (url: string) => `${label}: [${label}](${escapeDestination(url)})`;
    // A fully escaped destination parses back to the payload: only the check can object.
    return checkAccepts(p.text, 'link') ? { markdown: link(p.text), form: 'exact' } : { markdown: link(`#${p.text}`), form: 'fragment' };
  },
  'link-text': (p, label) =>
    pick(
      [
        { markdown: `${label}: [${p.text}](${LINK})`, form: 'exact' },
        { markdown: `${label}: [${escapeText(p.text)}](${LINK})`, form: 'escaped' },
      ],
      (nodes) => links(nodes).length === 1 && links(nodes)[0]!.url === LINK && toText(links(nodes)[0]!) === p.text,
    ),
  'image-alt': (p, label) =>
    pick(
      [
        { markdown: `${label}: ![${p.text}](x.png)`, form: 'exact' },
        { markdown: `${label}: ![${escapeText(p.text)}](x.png)`, form: 'escaped' },
      ],
      (nodes) => images(nodes).length === 1 && links(nodes).length === 0 && images(nodes)[0]!.url === 'x.png' && images(nodes)[0]!.alt === p.text,
    ),
};

function frontmatter(article: ArticlePlan, locale: Locale): string {
  const meta = {
    title: article.meta[locale].title,
    description: article.meta[locale].description,
    source: `https://example.invalid/${article.slug}`,
    publisher: article.publisher,
    date: '2024-01-01',
    origin: locale === 'zh' ? 'translation' : 'original',
    note: article.meta[locale].note,
  };
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n`;
}

// The smallest valid PNG (1×1, transparent): image links must point at a file that exists.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export interface Written {
  /** Per placement, the payloads not written in their exact form, and how. */
  forms: Record<BodyPlacement, Map<number, Form>>;
}

/** Write the content folder: the payload articles, the seed article and the glossary. */
export function writeContent(dir: string, payloads: Payload[]): Written {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  const articles = planArticles(payloads);
  const forms = Object.fromEntries(bodyPlacements.map((p) => [p, new Map<number, Form>()])) as Written['forms'];

  for (const article of articles) {
    const folder = path.join(dir, 'articles', article.slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'x.png'), PNG);
    for (const locale of locales) {
      const file = path.join(folder, `${locale}.md`);
      const lines: string[] = [frontmatter(article, locale)];
      const push = (text: string) => lines.push(text, '');
      push('<!-- unit terms -->');
      push(article.terms.map((t) => t.forms[locale]).join(' '));
      for (const payload of article.payloads) {
        push(`<!-- unit ${unitId(payload)} -->`);
        for (const placement of bodyPlacements.filter((p) => sideOf[p] === locale)) {
          const snippet = writers[placement](payload, label(placement, payload));
          if (snippet.form !== 'exact') forms[placement].set(payload.id, snippet.form);
          push(snippet.markdown);
        }
      }
      writeFileSync(file, lines.join('\n'));
    }
  }
  // The seed article and its glossary come along, so that its page can serve as the baseline.
  const seedFrom = path.join(repoRoot, 'content', 'articles', seedSlug);
  const seedTo = path.join(dir, 'articles', seedSlug);
  mkdirSync(seedTo, { recursive: true });
  for (const locale of locales) writeFileSync(path.join(seedTo, `${locale}.md`), readFileSync(path.join(seedFrom, `${locale}.md`)));
  const seedGlossary = parse(readFileSync(path.join(repoRoot, 'content', 'glossary.yaml'), 'utf8')) as unknown[];
  const terms = articles.flatMap((a) =>
    a.terms.map((t) => ({
      id: t.id,
      type: 'term',
      zh: { form: t.forms.zh },
      en: { form: t.forms.en },
      note: t.note,
    })),
  );
  writeFileSync(path.join(dir, 'glossary.yaml'), stringify([...seedGlossary, ...terms], { lineWidth: 0 }));
  return { forms };
}
