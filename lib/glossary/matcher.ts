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

// Per UTF-16 unit tables, filled on first use: matching looks each unit up once, and
// a table read is much cheaper than toLowerCase or a RegExp per character.
const lowerTable = new Uint16Array(0x10000);
const wordTable = new Uint8Array(0x10000); // 0 unknown, 1 word-like, 2 not

// Lower-case one UTF-16 unit at a time so that offsets in the folded text equal
// offsets in the original (String#toLowerCase may change the length).
function lowerUnit(code: number): number {
  let lower = lowerTable[code]!;
  if (lower === 0 && code !== 0) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : code;
    lowerTable[code] = lower;
  }
  return lower;
}

function wordlike(code: number): boolean {
  let known = wordTable[code]!;
  if (known === 0) {
    known = WORDLIKE.test(String.fromCharCode(code)) ? 1 : 2;
    wordTable[code] = known;
  }
  return known === 1;
}

export function createMatcher(patterns: readonly Pattern[]): Matcher {
  if (!Array.isArray(patterns)) throw new TypeError('Expected an array of patterns');
  for (const p of patterns) {
    if (typeof p?.text !== 'string' || typeof p.termId !== 'string') throw new TypeError('Expected patterns with a string `text` and `termId`');
  }
  // Trie over folded UTF-16 units: goto edges per node, failure link, and the patterns ending here.
  const edges: Map<number, number>[] = [new Map()];
  const fail: number[] = [0];
  const output: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    if (pattern.text.length === 0) throw new TypeError(`Expected a non-empty pattern for \`${pattern.termId}\``);
    let node = 0;
    for (let i = 0; i < pattern.text.length; i++) {
      const unit = lowerUnit(pattern.text.charCodeAt(i));
      let next = edges[node]!.get(unit);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        fail.push(0);
        output.push([]);
        edges[node]!.set(unit, next);
      }
      node = next;
    }
    output[node]!.push(index);
  });
  // Breadth-first failure links; outputs are merged so each node lists every pattern ending there.
  const queue: number[] = [...edges[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [unit, child] of edges[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !edges[f]!.has(unit)) f = fail[f]!;
      const target = edges[f]!.get(unit);
      fail[child] = target !== undefined && target !== child ? target : 0;
      if (output[fail[child]!]!.length > 0) output[child] = [...output[child]!, ...output[fail[child]!]!];
      queue.push(child);
    }
  }
  // For the search, the edges as flat typed arrays, each node's sorted by unit (a few
  // array reads instead of a Map lookup), and the root's for every unit at once, since
  // most of a text passes through the root.
  const fromRoot = new Int32Array(0x10000);
  for (const [unit, child] of edges[0]!) fromRoot[unit] = child;
  const edgeStart = new Int32Array(edges.length + 1);
  const edgeUnit = new Uint16Array(edges.reduce((n, e) => n + e.size, 0));
  const edgeTarget = new Int32Array(edgeUnit.length);
  edges.forEach((map, node) => {
    let at = edgeStart[node]!;
    for (const [unit, child] of [...map].sort((a, b) => a[0] - b[0])) {
      edgeUnit[at] = unit;
      edgeTarget[at++] = child;
    }
    edgeStart[node + 1] = at;
  });
  // The child of `node` along `unit`, or -1.
  function step(node: number, unit: number): number {
    let low = edgeStart[node]!;
    let high = edgeStart[node + 1]! - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const found = edgeUnit[mid]!;
      if (found === unit) return edgeTarget[mid]!;
      if (found < unit) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }
  const lengths = patterns.map((p) => p.text.length);
  const wordStart = patterns.map((p) => wordlike(p.text.charCodeAt(0)));
  const wordEnd = patterns.map((p) => wordlike(p.text.charCodeAt(p.text.length - 1)));

  function accepts(text: string, start: number, end: number, index: number): boolean {
    const pattern = patterns[index]!;
    if (pattern.caseSensitive && !text.startsWith(pattern.text, start)) return false;
    if (wordStart[index] && start > 0 && wordlike(text.charCodeAt(start - 1))) return false;
    if (wordEnd[index] && end < text.length && wordlike(text.charCodeAt(end))) return false;
    return true;
  }

  return {
    find(text: string): Occurrence[] {
      if (typeof text !== 'string') throw new TypeError('Expected a string');
      // Longest accepted hit starting at each offset, then a greedy left-to-right pick.
      const bestEnd = new Int32Array(text.length);
      const bestPattern = new Int32Array(text.length);
      let node = 0;
      let any = false;
      for (let i = 0; i < text.length; i++) {
        const unit = lowerUnit(text.charCodeAt(i));
        for (;;) {
          if (node === 0) {
            node = fromRoot[unit]!;
            break;
          }
          const next = step(node, unit);
          if (next !== -1) {
            node = next;
            break;
          }
          node = fail[node]!;
        }
        const ending = output[node]!;
        if (ending.length === 0) continue;
        const end = i + 1;
        for (const index of ending) {
          const start = end - lengths[index]!;
          if (bestEnd[start]! >= end || !accepts(text, start, end, index)) continue;
          bestEnd[start] = end;
          bestPattern[start] = index;
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
        found.push({ start, end, termId: patterns[bestPattern[start]!]!.termId });
        start = end;
      }
      return found;
    },
  };
}
