// The benchmarks compare against references of their own making: check that those
// references mean what the figures claim. The synthetic content passes the loader,
// and the RegExps handed to mdast-util-find-and-replace find exactly what our matcher finds.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root, Text } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGlossary } from '@/lib/content/glossary';
import { loadContent } from '@/lib/content/load';
import { createMatcher, type Pattern } from '@/lib/glossary/matcher';
import { patternsFor } from '@/lib/glossary/patterns';
import { stringify } from 'yaml';
import { flatRegExp, termLookup, trieRegExp } from '../../scripts/bench/glossary-regexp';
import { makeGlossary, makeProse, writeLongContent } from '../../scripts/bench/synthetic';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function viaFindAndReplace(regexp: RegExp, patterns: readonly Pattern[], text: string) {
  const lookup = termLookup(patterns);
  const node: Text = { type: 'text', value: text };
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [node] }] };
  const hits: { start: number; end: number; termId: string }[] = [];
  findAndReplace(tree, [
    regexp,
    (value: string, ...rest: unknown[]) => {
      const { index } = rest.at(-1) as { index: number };
      hits.push({ start: index, end: index + value.length, termId: lookup(value) });
      return value;
    },
  ]);
  return hits;
}

describe('synthetic content', () => {
  it('makes a glossary the loader accepts', () => {
    const terms = makeGlossary(300, 1);
    expect(parseGlossary(stringify(terms), 'glossary.yaml').terms).toHaveLength(300);
  });

  it('is the same for the same seed', () => {
    const terms = makeGlossary(50, 2);
    expect(makeProse(terms, 4000, 3)).toEqual(makeProse(makeGlossary(50, 2), 4000, 3));
  });

  it('writes a content folder the loader accepts', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-test-'));
    folders.push(dir);
    const article = writeLongContent(dir, { units: 25, terms: 40, unitBytes: 200, seed: 4 });
    const content = loadContent(dir);
    expect(content.articles.map((a) => [a.slug, a.units.length])).toEqual([[article.slug, 25]]);
    expect(content.glossary.terms).toHaveLength(40);
  });
});

describe('glossary RegExps for find-and-replace', () => {
  const patterns: Pattern[] = [
    { text: '萨姆·阿尔特曼', termId: 'sam-altman', caseSensitive: true },
    { text: '阿尔特曼', termId: 'sam-altman', caseSensitive: true },
    { text: 'Sam Altman', termId: 'sam-altman', caseSensitive: true },
    { text: 'Altman', termId: 'sam-altman', caseSensitive: true },
    { text: 'Google', termId: 'google', caseSensitive: true },
    { text: 'Google Brain', termId: 'google-brain', caseSensitive: true },
    { text: 'large language model', termId: 'llm', caseSensitive: false },
  ];
  const text = '萨姆·阿尔特曼和阿尔特曼 met Sam Altman, not Altmans or altman; Google Brain, Googleplex, Google. Large Language Models? A large language model.';

  it.each([
    ['flat', flatRegExp],
    ['trie', trieRegExp],
  ])('%s alternation finds what the matcher finds', (_, build) => {
    const ours = createMatcher(patterns).find(text);
    expect(ours.map((o) => text.slice(o.start, o.end))).toEqual(['萨姆·阿尔特曼', '阿尔特曼', 'Sam Altman', 'Google Brain', 'Google', 'large language model']);
    expect(viaFindAndReplace(build(patterns), patterns, text)).toEqual(ours);
  });

  it('agrees with the matcher on synthetic prose', () => {
    const terms = makeGlossary(200, 5);
    const all = patternsFor(terms);
    const matcher = createMatcher(all);
    const [flat, trie] = [flatRegExp(all), trieRegExp(all)];
    let hits = 0;
    for (const paragraph of makeProse(terms, 20_000, 6)) {
      const ours = matcher.find(paragraph);
      hits += ours.length;
      expect(viaFindAndReplace(trie, all, paragraph)).toEqual(ours);
      expect(viaFindAndReplace(flat, all, paragraph)).toEqual(ours);
    }
    expect(hits, 'the prose names its terms').toBeGreaterThan(100);
  });
});
