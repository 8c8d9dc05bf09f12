/**
 * Term matching for the glossary: one Aho–Corasick automaton over every written
 * form, so a pass over a text costs time linear in its length whatever the size
 * of the glossary. Chinese forms match as substrings; a form that begins or ends
 * with a Latin letter or digit must stand on a word boundary there. Overlapping
 * hits resolve leftmost-longest: 萨姆·阿尔特曼 wins over 阿尔特曼, Google Brain over Google.
 */

export interface Pattern {
  /** The form as written in the glossary. */
  text: string;
  termId: string;
  /** When false, any casing of a Latin form matches. */
  caseSensitive: boolean;
}

export interface Occurrence {
  start: number;
  end: number;
  termId: string;
}

export interface Matcher {
  find(text: string): Occurrence[];
}

const WORDLIKE = /[\p{Script=Latin}0-9]/u;

// Lower-case one UTF-16 unit at a time so that offsets in the folded text equal
// offsets in the original (String#toLowerCase may change the length).
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

export function createMatcher(patterns: readonly Pattern[]): Matcher {
  if (!Array.isArray(patterns)) throw new TypeError('Expected an array of patterns');
  for (const p of patterns) {
    if (typeof p?.text !== 'string' || typeof p.termId !== 'string') throw new TypeError('Expected patterns with a string `text` and `termId`');
  }
  // Trie as flat arrays: goto edges per node, failure link, and the patterns ending here.
  const edges: Map<string, number>[] = [new Map()];
  const fail: number[] = [0];
  const output: number[][] = [[]];
  const folded = patterns.map((p) => fold(p.text));
  folded.forEach((word, index) => {
    if (word.length === 0) throw new TypeError(`Expected a non-empty pattern for \`${patterns[index]!.termId}\``);
    let node = 0;
    for (const ch of word) {
      let next = edges[node]!.get(ch);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        fail.push(0);
        output.push([]);
        edges[node]!.set(ch, next);
      }
      node = next;
    }
    output[node]!.push(index);
  });
  // Breadth-first failure links; outputs are merged so each node lists every pattern ending there.
  const queue: number[] = [...edges[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [ch, child] of edges[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !edges[f]!.has(ch)) f = fail[f]!;
      const target = edges[f]!.get(ch);
      fail[child] = target !== undefined && target !== child ? target : 0;
      output[child] = [...output[child]!, ...output[fail[child]!]!];
      queue.push(child);
    }
  }
  function accepts(text: string, start: number, end: number, pattern: Pattern): boolean {
    if (pattern.caseSensitive && text.slice(start, end) !== pattern.text) return false;
    if (WORDLIKE.test(pattern.text[0]!) && start > 0 && WORDLIKE.test(text[start - 1]!)) return false;
    if (WORDLIKE.test(pattern.text.at(-1)!) && end < text.length && WORDLIKE.test(text[end]!)) return false;
    return true;
  }

  return {
    find(text: string): Occurrence[] {
      if (typeof text !== 'string') throw new TypeError('Expected a string');
      const haystack = fold(text);
      // Longest accepted hit starting at each offset, then a greedy left-to-right pick.
      const bestEnd = new Int32Array(text.length);
      const bestTerm: string[] = [];
      let node = 0;
      let offset = 0;
      let any = false;
      for (const ch of haystack) {
        offset += ch.length;
        while (node !== 0 && !edges[node]!.has(ch)) node = fail[node]!;
        node = edges[node]!.get(ch) ?? 0;
        for (const index of output[node]!) {
          const start = offset - folded[index]!.length;
          const pattern = patterns[index]!;
          if (bestEnd[start]! >= offset || !accepts(text, start, offset, pattern)) continue;
          bestEnd[start] = offset;
          bestTerm[start] = pattern.termId;
          any = true;
        }
      }
      const found: Occurrence[] = [];
      if (!any) return found;
      for (let start = 0; start < text.length; ) {
        const end = bestEnd[start]!;
        if (end === 0) {
          start++;
          continue;
        }
        found.push({ start, end, termId: bestTerm[start]! });
        start = end;
      }
      return found;
    },
  };
}
