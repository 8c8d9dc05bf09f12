/**
 * `npm run bench:annotate`: is term matching linear in the length of the text, whatever
 * the size of the glossary? Our Aho–Corasick matcher (lib/glossary) against
 * mdast-util-find-and-replace given the same glossary, in the same run, on the same
 * ~1 MB of synthetic Chinese and English prose, with 1,000 and 10,000 terms.
 *
 * find-and-replace takes regular expressions, so the glossary becomes one RegExp with
 * our semantics: alternatives longest first (so the longest match at the leftmost
 * position wins), Latin forms inside boundary lookarounds, case-insensitive entries as
 * character classes. Two shapes of that RegExp are measured:
 *   flat  one alternative per form, longest first: what one would write first.
 *         It tries every alternative at every position, so it runs on a time-boxed
 *         prefix of the text and its full-text time is extrapolated (marked ~).
 *   trie  the same alternatives factored by common prefix: one alternative per
 *         distinct next character, so a position costs what its match costs.
 * Both must report exactly the matches ours reports (start, end, term).
 */
import type { Root as MdastRoot, Text } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { createMatcher } from '@/lib/glossary/matcher';
import { patternsFor } from '@/lib/glossary/patterns';
import { heading, median, ms, printMachine, run, table, verdict } from './common';
import { flatRegExp, termLookup, trieRegExp } from './glossary-regexp';
import { makeGlossary, makeProse } from './synthetic';

const SIZES = [1000, 10_000];
const MB = 1 << 20;
const SEPARATOR = '\n\n';
const RUNS = 5;
const RUN_BUDGET_MS = 45_000;
const FLAT_BUDGET_MS = 15_000;

interface Hit {
  start: number;
  end: number;
  termId: string;
}

// ── The two contestants ─────────────────────────────────────────────────

function treeOf(paragraphs: readonly string[]): { tree: MdastRoot; offsets: Map<Text, number> } {
  const offsets = new Map<Text, number>();
  let offset = 0;
  const tree: MdastRoot = {
    type: 'root',
    children: paragraphs.map((value) => {
      const text: Text = { type: 'text', value };
      offsets.set(text, offset);
      offset += value.length + SEPARATOR.length;
      return { type: 'paragraph', children: [text] };
    }),
  };
  return { tree, offsets };
}

function ours(matcher: ReturnType<typeof createMatcher>, paragraphs: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  let offset = 0;
  for (const text of paragraphs) {
    for (const hit of matcher.find(text)) hits.push({ start: offset + hit.start, end: offset + hit.end, termId: hit.termId });
    offset += text.length + SEPARATOR.length;
  }
  return hits;
}

/** find-and-replace over an mdast tree of the paragraphs; each match is kept as text. */
function theirs(regexp: RegExp, lookup: (value: string) => string, paragraphs: readonly string[]): Hit[] {
  const { tree, offsets } = treeOf(paragraphs);
  const hits: Hit[] = [];
  findAndReplace(tree, [
    regexp,
    (value: string, ...rest: unknown[]) => {
      const match = rest.at(-1) as { index: number; stack: unknown[] };
      const start = offsets.get(match.stack.at(-1) as Text)! + match.index;
      hits.push({ start, end: start + value.length, termId: lookup(value) });
      return value; // leave the text as it was
    },
  ]);
  return hits;
}

/** The RegExp by itself, as find-and-replace drives it, without the tree around it. */
function bare(regexp: RegExp, paragraphs: readonly string[]): number {
  let count = 0;
  for (const text of paragraphs) {
    regexp.lastIndex = 0;
    while (regexp.exec(text)) count++;
  }
  return count;
}

function sameHits(a: readonly Hit[], b: readonly Hit[]): { same: boolean; first?: string } {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.start !== y.start || x.end !== y.end || x.termId !== y.termId) {
      const show = (h?: Hit) => (h ? `${h.start}–${h.end} ${h.termId}` : 'none');
      return { same: false, first: `#${i}: ours ${show(x)}, theirs ${show(y)}` };
    }
  }
  return { same: true };
}

const timed = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
};

// ── The run ─────────────────────────────────────────────────────────────

async function main() {
  heading('bench:annotate: term matching, ours (Aho–Corasick) vs mdast-util-find-and-replace');
  printMachine();
  const summary: (string | number)[][] = [['terms', 'forms', 'text', 'hits', 'identical', 'ours', 'f&r trie', 'f&r flat', 'trie ÷ ours', 'flat ÷ ours']];
  const checks: string[] = [];
  const linear: (string | number)[][] = [['terms', 'ours at 1 MB', 'ours at 2 MB', '2 MB ÷ 1 MB', 'ms per MB']];

  for (const size of SIZES) {
    const terms = makeGlossary(size, 0xd012 + size);
    const longProse = makeProse(terms, 2 * MB, 0x5eed);
    const prose = takeBytes(longProse, MB);
    const patterns = patternsFor(terms);
    const text = prose.join(SEPARATOR);
    const bytes = Buffer.byteLength(text);
    console.log(`\n${size} terms, ${patterns.length} forms; text ${(bytes / MB).toFixed(2)} MB UTF-8 (${text.length} UTF-16 units) in ${prose.length} paragraphs`);

    const [matcher, buildOurs] = timed(() => createMatcher(patterns));
    const [trie, buildTrie] = timed(() => trieRegExp(patterns));
    const [flat, buildFlat] = timed(() => flatRegExp(patterns));
    const lookup = termLookup(patterns);
    console.log(`  build: ours ${ms(buildOurs)}; trie RegExp source ${(trie.source.length / 1e6).toFixed(2)} MB in ${ms(buildTrie)}; flat RegExp source ${(flat.source.length / 1e6).toFixed(2)} MB in ${ms(buildFlat)} (V8 compiles a RegExp on first use)`);

    // Side by side, alternating, bounded in count and time; the first pass checks the matches.
    const oursTimes: number[] = [];
    const trieTimes: number[] = [];
    const bareTimes: number[] = [];
    let trieFirst = NaN;
    let reference: Hit[] = [];
    let trieCheck = { same: false, first: 'not run' } as { same: boolean; first?: string };
    const started = performance.now();
    for (let i = 0; i < RUNS + 1 && (i < 3 || performance.now() - started < RUN_BUDGET_MS); i++) {
      // Each contestant starts on a clean heap, so none pays for another's garbage.
      collectGarbage();
      const [mine, t1] = timed(() => ours(matcher, prose));
      collectGarbage();
      const [other, t2] = timed(() => theirs(trie, lookup, prose));
      collectGarbage();
      const t3 = timed(() => bare(trie, prose))[1];
      if (i === 0) {
        reference = mine;
        trieCheck = sameHits(mine, other);
        trieFirst = t2;
      } else {
        // The first pass warms the JIT and compiles the RegExp: medians leave it out.
        oursTimes.push(t1);
        trieTimes.push(t2);
        bareTimes.push(t3);
      }
    }
    console.log(`  ours: ${reference.length} hits; median ${ms(median(oursTimes))} of ${oursTimes.length} runs [${oursTimes.map((t) => t.toFixed(0)).join(', ')}]`);
    console.log(`  find-and-replace, trie RegExp: identical hits: ${trieCheck.same ? 'yes' : `NO (${trieCheck.first})`}; first run ${ms(trieFirst)} (includes RegExp compilation); median ${ms(median(trieTimes))} [${trieTimes.map((t) => t.toFixed(0)).join(', ')}]`);
    console.log(`  the trie RegExp alone (exec loop, no tree): median ${ms(median(bareTimes))}`);

    // Linearity: ours on the first 1 MB and on 2 MB of the same prose, alternating.
    const one: number[] = [];
    const two: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      collectGarbage();
      one.push(timed(() => ours(matcher, prose))[1]);
      collectGarbage();
      two.push(timed(() => ours(matcher, longProse))[1]);
    }
    const twoBytes = Buffer.byteLength(longProse.join(SEPARATOR));
    linear.push([size, ms(median(one), 0), ms(median(two), 0), `${(median(two) / median(one)).toFixed(2)}×`, `${(median(one) / (bytes / MB)).toFixed(0)} / ${(median(two) / (twoBytes / MB)).toFixed(0)}`]);
    // The flat alternation tries every form at every position: time-boxed on a prefix.
    collectGarbage();
    // V8 compiles a RegExp when it is first used: do that apart, on a few characters.
    const [, flatCompile] = timed(() => theirs(flat, lookup, ['warm-up']));
    const flatStarted = performance.now();
    const prefix: string[] = [];
    let flatHits: Hit[] = [];
    let offset = 0; // of this paragraph in the text, as ours() counts it
    for (const paragraph of prose) {
      prefix.push(paragraph);
      flatHits.push(...theirs(flat, lookup, [paragraph]).map((h) => ({ ...h, start: h.start + offset, end: h.end + offset })));
      offset += paragraph.length + SEPARATOR.length;
      if (performance.now() - flatStarted > FLAT_BUDGET_MS) break;
    }
    const flatMs = performance.now() - flatStarted;
    const prefixLength = prefix.join(SEPARATOR).length;
    const wanted = ours(matcher, prefix);
    flatHits = flatHits.sort((a, b) => a.start - b.start);
    const flatCheck = sameHits(wanted, flatHits);
    const fullLength = text.length;
    const flatFull = (flatMs * fullLength) / prefixLength;
    const complete = prefix.length === prose.length;
    console.log(`  find-and-replace, flat RegExp: first use (compilation) ${ms(flatCompile, 0)}; then ${complete ? 'whole text' : `${prefix.length} of ${prose.length} paragraphs (${((100 * prefixLength) / fullLength).toFixed(1)} % of the text) in its ${FLAT_BUDGET_MS / 1000} s box`}: ${flatHits.length} hits, identical to ours there: ${flatCheck.same ? 'yes' : `NO (${flatCheck.first})`}; ${ms(flatMs, 0)}${complete ? '' : `, so ~${(flatFull / 1000).toFixed(0)} s for the whole text`}`);

    const oursMedian = median(oursTimes);
    const trieRatio = median(trieTimes) / oursMedian;
    const flatRatio = flatFull / oursMedian;
    summary.push([
      size,
      patterns.length,
      `${(bytes / MB).toFixed(2)} MB`,
      reference.length,
      trieCheck.same && flatCheck.same ? 'yes' : 'NO',
      ms(oursMedian, 0),
      ms(median(trieTimes), 0),
      `${complete ? '' : '~'}${(flatFull / 1000).toFixed(1)} s`,
      `${trieRatio.toFixed(1)}×`,
      `${complete ? '' : '~'}${flatRatio.toFixed(0)}×`,
    ]);
    if (size === 10_000) {
      checks.push(`ours ≥ 10× faster than find-and-replace (flat alternation) at 10,000 terms: ${complete ? '' : '~'}${flatRatio.toFixed(0)}×  ${verdict(flatRatio >= 10)}`);
      checks.push(`ours ≥ 10× faster than find-and-replace (trie-factored RegExp) at 10,000 terms: ${trieRatio.toFixed(1)}×  ${verdict(trieRatio >= 10)}`);
    }
    checks.push(`identical match lists at ${size} terms (${reference.length} hits): ${verdict(trieCheck.same && flatCheck.same)}`);
  }

  heading('Term matching on ~1 MB (medians; ~ = extrapolated from a time-boxed prefix)');
  console.log(table(summary));
  heading('Linearity: ours on 1 MB and 2 MB of the same prose');
  console.log(table(linear));
  console.log('A ratio near 2.00 means time grows in proportion to the text; ms per MB compares the glossary sizes.');
  heading('Targets');
  for (const line of checks) console.log(line);
}

/** Start each timed phase with a clean heap when node runs with --expose-gc. */
function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The leading paragraphs that make up `bytes` UTF-8 bytes. */
function takeBytes(paragraphs: readonly string[], bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (const p of paragraphs) {
    if (size >= bytes) break;
    out.push(p);
    size += Buffer.byteLength(p) + SEPARATOR.length;
  }
  return out;
}

run(main, 5 * 60_000);
