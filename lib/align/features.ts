import type { Term } from '@/lib/content/schema';
import { glossaryMatcher } from '@/lib/glossary/patterns';
import { extractNumbers } from './numbers';
import { normalizeUrl, plainText, scriptLengths } from './text';

/**
 * What the aligner knows about each paragraph of the two texts: its length in each
 * script, its lexical anchors (ids into one table shared by both sides, each with a
 * weight) and its words (for the lexicon learned on a first pass).
 */
export interface Segments {
  count: number;
  /** Han characters (with CJK punctuation). */
  cjk: Float64Array;
  /** Latin letters and digits, with the spaces between Latin words. */
  latin: Float64Array;
  /** Anchor ids, sorted; a repeated anchor appears as often as it occurs. */
  anchors: Int32Array[];
  /** Distinct word ids, in a vocabulary of this side. */
  words: Int32Array[];
}

export interface Features {
  zh: Segments;
  en: Segments;
  /** Weight of each anchor id. */
  anchorWeight: Float64Array;
  /** Names of the anchors, for reports and tests. */
  anchorNames: string[];
  zhVocabulary: number;
  enVocabulary: number;
}

// How much one shared anchor of each kind says about two paragraphs being translations.
const KIND_WEIGHT: Record<string, number> = { u: 4, t: 2.5, n: 2, m: 1.5, w: 1.5, l: 1.5 };

// Words too common to say anything about which sentence pairs with which.
const STOP = new Set('a an the and or of to in on at for by with from as is was be it that this he she they his her its their'.split(' '));

let zhSegmenter: Intl.Segmenter | undefined;

function zhWords(text: string): string[] {
  zhSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const piece of zhSegmenter.segment(text)) if (piece.isWordLike) out.push(piece.segment.toLowerCase());
  return out;
}

function enWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|\d+/g) ?? []).filter((w) => !STOP.has(w));
}

const LATIN_NAME = /[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*/g;

export function extractFeatures(zh: readonly string[], en: readonly string[], terms: readonly Term[] = []): Features {
  const names = new Map<string, number>();
  const id = (name: string) => {
    let value = names.get(name);
    if (value === undefined) {
      value = names.size;
      names.set(name, value);
    }
    return value;
  };
  const matcher = terms.length > 0 ? glossaryMatcher(terms) : undefined;
  const zhPlain = zh.map(plainText);
  const enPlain = en.map(plainText);

  // Latin words written in the Chinese text (names, products) are looked for in the English.
  const latinInZh = new Set<string>();
  const zhLatin = zhPlain.map((p) => {
    const found = (p.text.match(LATIN_NAME) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length > 1 && !STOP.has(w));
    found.forEach((w) => latinInZh.add(w));
    return found;
  });

  const common = (plain: { text: string; urls: string[] }, language: 'zh' | 'en') => [
    ...plain.urls.map((u) => `u:${normalizeUrl(u)}`),
    ...extractNumbers(plain.text, language, { words: true }),
    ...(matcher ? matcher.find(plain.text).map((o) => `t:${o.termId}`) : []),
  ];
  const zhAnchorNames = zhPlain.map((p, i) => [...common(p, 'zh'), ...zhLatin[i]!.map((w) => `l:${w}`)]);
  const enAnchorNames = enPlain.map((p) => [
    ...common(p, 'en'),
    ...(p.text.match(LATIN_NAME) ?? []).map((w) => w.toLowerCase()).filter((w) => latinInZh.has(w)).map((w) => `l:${w}`),
  ]);

  const toIds = (lists: string[][]) => lists.map((list) => Int32Array.from(list.map(id)).sort());
  const zhAnchors = toIds(zhAnchorNames);
  const enAnchors = toIds(enAnchorNames);

  // Rare anchors count for more: a URL used once on each side pins two paragraphs together.
  const anchorWeight = new Float64Array(names.size);
  const dfZh = new Float64Array(names.size);
  const dfEn = new Float64Array(names.size);
  for (const list of zhAnchors) new Set(list).forEach((a) => dfZh[a]!++);
  for (const list of enAnchors) new Set(list).forEach((a) => dfEn[a]!++);
  const anchorNames = [...names.keys()];
  anchorNames.forEach((name, a) => {
    const kind = name.slice(0, 1);
    let weight = KIND_WEIGHT[kind] ?? 1;
    // Small numbers are everywhere (chapter one, two sons…).
    if (kind === 'n' && Number(name.slice(2)) < 10) weight *= 0.5;
    anchorWeight[a] = weight / Math.sqrt(Math.max(1, dfZh[a]!, dfEn[a]!));
  });

  const vocabulary = () => {
    const table = new Map<string, number>();
    return {
      table,
      ids: (words: string[]) =>
        Int32Array.from(
          new Set(
            words.map((w) => {
              let value = table.get(w);
              if (value === undefined) {
                value = table.size;
                table.set(w, value);
              }
              return value;
            }),
          ),
        ),
    };
  };
  const zhVocab = vocabulary();
  const enVocab = vocabulary();

  const segments = (plain: { text: string }[], anchors: Int32Array[], words: (p: { text: string }) => Int32Array): Segments => {
    const cjk = new Float64Array(plain.length);
    const latin = new Float64Array(plain.length);
    plain.forEach((p, i) => {
      const lengths = scriptLengths(p.text);
      cjk[i] = lengths.cjk;
      latin[i] = lengths.latin;
    });
    return { count: plain.length, cjk, latin, anchors, words: plain.map(words) };
  };
  return {
    zh: segments(zhPlain, zhAnchors, (p) => zhVocab.ids(zhWords(p.text))),
    en: segments(enPlain, enAnchors, (p) => enVocab.ids(enWords(p.text))),
    anchorWeight,
    anchorNames,
    zhVocabulary: zhVocab.table.size,
    enVocabulary: enVocab.table.size,
  };
}
