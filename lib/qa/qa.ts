import type { RootContent } from 'mdast';
import { extractNumbers } from '@/lib/align/numbers';
import { normalizeUrl, scriptLengths } from '@/lib/align/text';
import type { Article, UnitSide } from '@/lib/content/article';
import type { Glossary } from '@/lib/content/glossary';
import { glossaryMatcher } from '@/lib/glossary/patterns';
import { locales, otherLocale, type Locale } from '@/lib/i18n/locales';

/**
 * Translation QA of an aligned article, unit by unit: a glossary term on one side
 * whose counterpart is missing on the other, numbers that disagree, links on one side
 * only, and units whose length ratio is far from the article's own norm. One-sided
 * (`only`) units are skipped: they have nothing to agree with.
 */

export type IssueKind = 'term' | 'number' | 'link' | 'length';

export interface QaIssue {
  article: string;
  unit: string;
  kind: IssueKind;
  /** Glossary id, for `term`; the number or URL, for `number` and `link`. */
  term: string | null;
  /** The side on which something is missing (or, for `length`, null). */
  side: Locale | null;
  message: string;
  /** Where to look: the unit marker of that side (or of the first side). */
  file: string;
  line: number;
}

export interface QaOptions {
  /** How far (as a factor) a unit's length ratio may stray from the article's median. Default: 1.8. */
  lengthFactor?: number;
}

interface SideText {
  text: string;
  urls: string[];
}

export function qaArticle(article: Article, glossary: Glossary, options: QaOptions = {}): QaIssue[] {
  const matcher = glossaryMatcher(glossary.terms);
  const issues: QaIssue[] = [];
  const ratios: { unit: string; side: UnitSide; ratio: number }[] = [];
  for (const unit of article.units) {
    const [a, b] = locales;
    const sideA = unit.sides[a];
    const sideB = unit.sides[b];
    if (!sideA || !sideB) continue;
    const text = { [a]: sideText(sideA.blocks), [b]: sideText(sideB.blocks) } as Record<Locale, SideText>;
    const sides = { [a]: sideA, [b]: sideB } as Record<Locale, UnitSide>;
    const issue = (kind: IssueKind, term: string | null, side: Locale | null, message: string) =>
      issues.push({ article: article.slug, unit: unit.id, kind, term, side, message, file: sides[side ?? a].file, line: sides[side ?? a].line });

    // Terms: found by the same matcher the reader uses, on each side.
    const found = Object.fromEntries(
      locales.map((l) => {
        const hits = new Map<string, string>();
        for (const o of matcher.find(text[l].text)) if (!hits.has(o.termId)) hits.set(o.termId, text[l].text.slice(o.start, o.end));
        return [l, hits];
      }),
    ) as Record<Locale, Map<string, string>>;
    for (const l of locales) {
      const other = otherLocale(l);
      for (const [termId, form] of found[l]) {
        if (found[other].has(termId)) continue;
        const term = glossary.byId.get(termId)!;
        const expected = [...new Set([term[other].form, ...term[other].aliases])].map((f) => `\`${f}\``).join(', ');
        issue('term', termId, other, `${l} has \`${form}\` (${termId}) but ${other} has none of ${expected}`);
      }
    }

    // Numbers, months and weekdays, compared as sets of values.
    const numbers = Object.fromEntries(locales.map((l) => [l, new Set(extractNumbers(text[l].text, l))])) as Record<Locale, Set<string>>;
    for (const l of locales) {
      const other = otherLocale(l);
      for (const value of numbers[l]) {
        if (!numbers[other].has(value)) issue('number', showNumber(value), other, `${l} has ${describeNumber(value)}, ${other} does not`);
      }
    }

    // Links, by target.
    const links = Object.fromEntries(locales.map((l) => [l, new Map(text[l].urls.map((u) => [linkKey(u), u]))])) as Record<Locale, Map<string, string>>;
    for (const l of locales) {
      const other = otherLocale(l);
      for (const [key, url] of links[l]) if (!links[other].has(key)) issue('link', url, other, `link to ${url} in ${l} only`);
    }

    const zh = scriptLengths(text.zh.text);
    const en = scriptLengths(text.en.text);
    if (zh.cjk >= 10 && en.latin >= 20) ratios.push({ unit: unit.id, side: sideA, ratio: Math.log(en.latin / (zh.cjk + zh.latin / 3)) });
  }

  // Length: far from the article's own median ratio (the norm differs by genre and translator).
  if (ratios.length >= 4) {
    const sorted = ratios.map((r) => r.ratio).sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const limit = Math.log(options.lengthFactor ?? 1.8);
    for (const r of ratios) {
      const off = r.ratio - median;
      if (Math.abs(off) <= limit) continue;
      const factor = Math.exp(Math.abs(off)).toFixed(1);
      issues.push({
        article: article.slug,
        unit: r.unit,
        kind: 'length',
        term: null,
        side: null,
        message: `the English is ${factor}× ${off > 0 ? 'longer' : 'shorter'} relative to the Chinese than is usual in this article (something added or left out?)`,
        file: r.side.file,
        line: r.side.line,
      });
    }
  }
  return issues;
}

// Visible text and link targets of Markdown blocks.
function sideText(blocks: RootContent[]): SideText {
  const parts: string[] = [];
  const urls: string[] = [];
  const walk = (node: RootContent) => {
    if ('url' in node && typeof node.url === 'string' && node.type !== 'image') urls.push(node.url);
    if (node.type === 'image' && node.alt) parts.push(node.alt);
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && node.value) parts.push(node.value);
    if ('children' in node) for (const child of node.children) walk(child as RootContent);
    if (node.type === 'paragraph' || node.type === 'heading') parts.push('\n');
  };
  blocks.forEach(walk);
  return { text: parts.join('').replace(/[ \t]+/g, ' ').trim(), urls };
}

// A link into the site counts as the same link in either language: /zh/glossary/x ↔ /en/glossary/x.
const SITE_LOCALE = new RegExp(`^/(?:${locales.join('|')})(?=/|$)`);

function linkKey(url: string): string {
  return url.startsWith('/') ? url.replace(SITE_LOCALE, '/:locale') : normalizeUrl(url);
}

function showNumber(token: string): string {
  return token.slice(2);
}

function describeNumber(token: string): string {
  const value = token.slice(2);
  if (token.startsWith('m:')) return `month ${value}`;
  if (token.startsWith('w:')) return `weekday ${value} (Monday = 1)`;
  return `the number ${Number(value).toLocaleString('en-US')}`;
}

