/**
 * Our glossary semantics (lib/glossary/matcher.ts) spelled as one regular expression,
 * for tools that take RegExps such as mdast-util-find-and-replace: Chinese forms as
 * substrings, forms that begin or end with a Latin letter or digit on word boundaries
 * there, case-insensitive entries in any case, and the longest match at the leftmost
 * position. Two shapes: a flat alternation, longest first, and the same alternation
 * factored by common prefix (a trie).
 */
import type { Pattern } from '@/lib/glossary/matcher';

// lib/glossary/matcher.ts folds one UTF-16 unit at a time; a character class per
// folded unit lists every unit that folds to it (k, K and the Kelvin sign, say).
function foldUnit(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}
const foldsTo = new Map<string, string[]>();
for (let code = 0; code < 0x10000; code++) {
  if (code >= 0xd800 && code < 0xe000) continue;
  const ch = String.fromCharCode(code);
  const folded = foldUnit(ch);
  if (folded !== ch) foldsTo.set(folded, [...(foldsTo.get(folded) ?? [folded]), ch]);
}
const WORDLIKE = /[\p{Script=Latin}0-9]/u;
const NOT_AFTER_WORD = '(?<![\\p{sc=Latin}0-9])';
const NOT_BEFORE_WORD = '(?![\\p{sc=Latin}0-9])';
const literal = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code > 0x7e ? `\\u${code.toString(16).padStart(4, '0')}` : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
};
const anyCase = (folded: string) => {
  const variants = foldsTo.get(folded);
  return variants ? `[${variants.map(literal).join('')}]` : literal(folded);
};
const hasCase = (text: string) => [...text].some((ch) => foldsTo.has(foldUnit(ch)));

/** One alternative per form, longest first, so the first alternative that matches is the longest. */
export function flatRegExp(patterns: readonly Pattern[]): RegExp {
  const sources = [...patterns]
    .sort((a, b) => b.text.length - a.text.length)
    .map((p) => {
      let body = [...p.text].map((ch) => (p.caseSensitive ? literal(ch) : anyCase(foldUnit(ch)))).join('');
      if (WORDLIKE.test(p.text[0]!)) body = NOT_AFTER_WORD + body;
      if (WORDLIKE.test(p.text.at(-1)!)) body += NOT_BEFORE_WORD;
      return body;
    });
  return new RegExp([...new Set(sources)].join('|'), 'gu');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: Pattern[];
}

/**
 * The alternation factored by prefix over folded characters. At each node the longer
 * continuations come before the forms that end there, so backtracking yields the
 * longest accepted form; a case-sensitive form checks its exact spelling with a
 * lookbehind once it has matched in any case.
 */
export function trieRegExp(patterns: readonly Pattern[]): RegExp {
  const top: TrieNode = { next: new Map(), ends: [] };
  for (const p of patterns) {
    let node = top;
    for (const ch of p.text) {
      const key = foldUnit(ch);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), ends: [] }));
      node = child;
    }
    node.ends.push(p);
  }
  const emit = (node: TrieNode): string => {
    const alternatives = [...node.next].map(([key, child]) => anyCase(key) + emit(child));
    const endings = new Set<string>();
    for (const p of node.ends) {
      const exact = p.caseSensitive && hasCase(p.text) ? `(?<=${[...p.text].map(literal).join('')})` : '';
      endings.add(exact + (WORDLIKE.test(p.text.at(-1)!) ? NOT_BEFORE_WORD : ''));
    }
    alternatives.push(...endings);
    return alternatives.length === 1 && node.ends.length === 0 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  };
  const first = [...top.next].map(([key, child]) => (WORDLIKE.test(key) ? NOT_AFTER_WORD : '') + anyCase(key) + emit(child));
  return new RegExp(first.join('|'), 'gu');
}

/** Which term a matched string belongs to: exact case-sensitive forms first, then folded ones. */
export function termLookup(patterns: readonly Pattern[]): (value: string) => string {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  const fold = (text: string) => [...text].map(foldUnit).join('');
  for (const p of patterns) {
    if (p.caseSensitive) exact.set(p.text, p.termId);
    else folded.set(fold(p.text), p.termId);
  }
  return (value) => exact.get(value) ?? folded.get(fold(value)) ?? '?';
}
