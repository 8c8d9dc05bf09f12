import type { Term } from '@/lib/content/schema';
import { extractFeatures, type Features, type Segments } from './features';

/**
 * Paragraph (or sentence) alignment of a Chinese and an English text.
 *
 * Dynamic programming over beads — 1:1, 1:2, 2:1, 1:0, 0:1, 2:2, 1:3, 3:1 groups of
 * consecutive paragraphs — where a bead costs
 *   −log prior(bead) − log P(length difference) − Σ weights of the anchors it shares,
 * Gale & Church's length model measured in characters: each Han character counts as
 * `c` Latin characters, with `c` calibrated on the two texts themselves, and Latin words
 * inside the Chinese text count as themselves. Anchors are glossary terms, numbers,
 * dates, months and weekdays (10 亿 ↔ 1 billion), Latin-script names and URLs.
 *
 * Long texts get a second pass: word pairs that keep co-occurring in the confident 1:1
 * beads of the first pass (Dice coefficient) become anchors too, as in hunalign's
 * realign step, and the search runs again near the first path.
 *
 * The search is confined to a band around the expected path (first: where the two
 * texts are equally far through by length; then: the first pass's path), widened
 * whenever the best path touches its edge, so the cost is near-linear in the length.
 * Confidences are posterior probabilities of each bead (forward–backward over the band).
 */

/** A bead type: how many Chinese and how many English paragraphs it groups. */
export type Bead = readonly [zh: number, en: number];

export const beads: readonly Bead[] = [[1, 1], [1, 2], [2, 1], [1, 0], [0, 1], [2, 2], [1, 3], [3, 1]];

export interface AlignOptions {
  /** Glossary terms used as anchors. Default: none. */
  terms?: readonly Term[];
  /** Probability of each bead type, in the order of `beads`. Default: `defaultPriors`. */
  priors?: readonly number[];
  /** Variance per character of the length difference (Gale & Church's s²). Default: 6.8. */
  variance?: number;
  /** Standard deviation of the length ratio that does not shrink with length. Default: 0.12. */
  spread?: number;
  /** Share of the weight of unmatched anchors charged to a two-sided bead. Default: 0.6. */
  unmatchedShare?: number;
  /** Weight of one word found translated in a bead, in the second pass. Default: 0.45. */
  lexiconWeight?: number;
  /** Share of that weight charged for a word whose known translation is missing. Default: 0.3. */
  lexiconUnmatched?: number;
  /** Learn a lexicon from a first pass when there are at least this many paragraphs on each side. Default: 40. */
  lexiconAfter?: number;
}

export const defaultPriors: readonly number[] = [0.87, 0.04, 0.04, 0.008, 0.008, 0.012, 0.008, 0.008];

export interface AlignedUnit {
  /** 0-based indices of the Chinese paragraphs. */
  zh: number[];
  /** 0-based indices of the English paragraphs. */
  en: number[];
  /** Confidence in [0, 1]: the posterior probability of this bead. */
  score: number;
}

export interface Alignment {
  units: AlignedUnit[];
}

/** Align two lists of paragraphs (Markdown strings). Every paragraph ends up in exactly one unit, in order. */
export function alignParagraphs(zh: readonly string[], en: readonly string[], options: AlignOptions = {}): Alignment {
  if (!Array.isArray(zh) || !Array.isArray(en)) throw new TypeError('Expected two arrays of paragraphs');
  const features = extractFeatures(zh, en, options.terms ?? []);
  return alignFeatures(features, options);
}

export function alignFeatures(features: Features, options: AlignOptions = {}): Alignment {
  const { zh, en } = features;
  const n = zh.count;
  const m = en.count;
  if (n === 0 || m === 0) {
    return { units: [...Array.from({ length: n }, (_, i) => ({ zh: [i], en: [], score: 1 })), ...Array.from({ length: m }, (_, j) => ({ zh: [], en: [j], score: 1 }))] };
  }
  const model = lengthModel(zh, en, options);
  const anchors = anchorScorer(features, options.unmatchedShare ?? 0.6);
  const priorCost = (options.priors ?? defaultPriors).map((p) => -Math.log(p));
  const base: Scorer = { model, anchors, priorCost, lexicon: undefined };

  const center = lengthDiagonal(model, n, m);
  let result = search(base, n, m, center, Math.max(8, Math.ceil(Math.sqrt(Math.max(n, m)))), false);
  if (Math.min(n, m) >= (options.lexiconAfter ?? 40)) {
    const lexicon = learnLexicon(features, result.path, options);
    if (lexicon) {
      result = search({ ...base, lexicon }, n, m, pathCenter(result.path, n), 6, true);
      return { units: result.units };
    }
  }
  return { units: search(base, n, m, pathCenter(result.path, n), 6, true).units };
}

// ─── Length ───────────────────────────────────────────────────────────────────────

interface LengthModel {
  /** Length of each paragraph in Latin-character units. */
  zhLength: Float64Array;
  enLength: Float64Array;
  variance: number;
  spread: number;
}

function lengthModel(zh: Segments, en: Segments, options: AlignOptions): LengthModel {
  const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
  const hanZh = sum(zh.cjk);
  const hanEn = sum(en.cjk);
  // How many Latin characters one Han character is worth in this pair of texts.
  let ratio = hanZh - hanEn > 0 ? (sum(en.latin) - sum(zh.latin)) / (hanZh - hanEn) : 3.5;
  if (!Number.isFinite(ratio)) ratio = 3.5;
  ratio = Math.min(8, Math.max(1.5, ratio));
  const length = (s: Segments) => s.cjk.map((c, i) => c * ratio + s.latin[i]!);
  return { zhLength: length(zh), enLength: length(en), variance: options.variance ?? 6.8, spread: options.spread ?? 0.12 };
}

/** −log of the two-sided tail probability of a standard normal beyond |δ|: −log erfc(|δ|/√2). */
export function tailCost(delta: number): number {
  const z = Math.abs(delta) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  // Numerical Recipes' erfc, kept in log space so that large |δ| stays finite.
  const poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return z * z - poly - Math.log(t);
}

function lengthCost(model: LengthModel, zhLength: number, enLength: number): number {
  if (zhLength === 0 && enLength === 0) return 0;
  // A paragraph without counterpart: the length model says nothing useful (any length
  // is "far" from zero), so the prior carries the cost, growing slowly with length.
  if (zhLength === 0 || enLength === 0) return Math.log1p((zhLength + enLength) / 100);
  const mean = (zhLength + enLength) / 2;
  const sd = Math.sqrt(model.variance * mean + (model.spread * mean) ** 2);
  return tailCost((enLength - zhLength) / sd);
}

// ─── Anchors ──────────────────────────────────────────────────────────────────────

interface AnchorScorer {
  /**
   * Weight of the anchors shared by zh[i0..i1) and en[j0..j1), less a share of the
   * weight of those found on one side only: a URL or a name with no counterpart in a
   * two-sided unit is evidence against it (in a one-sided unit it is expected).
   */
  shared(i0: number, i1: number, j0: number, j1: number): number;
}

function anchorScorer(features: Features, unmatchedShare: number): AnchorScorer {
  const { zh, en, anchorWeight } = features;
  const count = new Int32Array(anchorWeight.length);
  const touched: number[] = [];
  return {
    shared(i0, i1, j0, j1) {
      let all = 0;
      for (let i = i0; i < i1; i++) {
        for (const a of zh.anchors[i]!) {
          if (count[a] === 0) touched.push(a);
          count[a]!++;
          all += anchorWeight[a]!;
        }
      }
      let matched = 0;
      for (let j = j0; j < j1; j++) {
        for (const a of en.anchors[j]!) {
          all += anchorWeight[a]!;
          if (count[a]! > 0) {
            count[a]!--;
            matched += anchorWeight[a]!;
          }
        }
      }
      for (const a of touched) count[a] = 0;
      touched.length = 0;
      return matched - unmatchedShare * (all - 2 * matched);
    },
  };
}

// ─── Lexicon learned from a first pass ────────────────────────────────────────────

interface Lexicon {
  /** Word matches between zh[i0..i1) and en[j0..j1) beyond what chance gives. */
  score(i0: number, i1: number, j0: number, j1: number): number;
  weight: number;
}

function learnLexicon(features: Features, path: readonly Step[], options: AlignOptions): Lexicon | undefined {
  const { zh, en } = features;
  const pairs: [number, number][] = [];
  for (const step of path) if (step.a === 1 && step.b === 1) pairs.push([step.i - 1, step.j - 1]);
  if (pairs.length < 20) return undefined;
  const Z = features.zhVocabulary;
  const cz = new Float64Array(Z);
  const ce = new Float64Array(features.enVocabulary);
  const joint = new Map<number, number>();
  for (const [i, j] of pairs) {
    for (const z of zh.words[i]!) cz[z]!++;
    for (const e of en.words[j]!) {
      ce[e]!++;
      const row = e * Z;
      for (const z of zh.words[i]!) joint.set(row + z, (joint.get(row + z) ?? 0) + 1);
    }
  }
  // Each English word keeps its few best Chinese partners by Dice coefficient.
  const best = new Map<number, { z: number; dice: number }[]>();
  const limit = pairs.length * 0.3;
  for (const [key, c] of joint) {
    if (c < 2) continue;
    const e = Math.floor(key / Z);
    const z = key - e * Z;
    if (ce[e]! > limit || cz[z]! > limit) continue;
    const dice = (2 * c) / (ce[e]! + cz[z]!);
    if (dice < 0.3) continue;
    const list = best.get(e) ?? [];
    list.push({ z, dice });
    best.set(e, list);
  }
  const translations: Int32Array[] = Array.from({ length: features.enVocabulary }, () => new Int32Array(0));
  const reverseLists: number[][] = Array.from({ length: Z }, () => []);
  for (const [e, list] of best) {
    translations[e] = Int32Array.from(list.sort((x, y) => y.dice - x.dice).slice(0, 3).map((x) => x.z));
    for (const z of translations[e]!) reverseLists[z]!.push(e);
  }
  if (best.size === 0) return undefined;
  const reverse = reverseLists.map((list) => Int32Array.from(list));

  const zhStamp = new Int32Array(Z);
  const enStamp = new Int32Array(features.enVocabulary);
  let generation = 0;
  // Words of either side that have a known translation, and how many of those find it on the other side.
  const coverage = (i0: number, i1: number, j0: number, j1: number) => {
    generation++;
    for (let i = i0; i < i1; i++) for (const z of zh.words[i]!) zhStamp[z] = generation;
    for (let j = j0; j < j1; j++) for (const e of en.words[j]!) enStamp[e] = generation;
    let known = 0;
    let found = 0;
    for (let j = j0; j < j1; j++) {
      for (const e of en.words[j]!) {
        const list = translations[e]!;
        if (list.length === 0) continue;
        known++;
        for (const z of list) {
          if (zhStamp[z] === generation) {
            found++;
            break;
          }
        }
      }
    }
    for (let i = i0; i < i1; i++) {
      for (const z of zh.words[i]!) {
        const list = reverse[z]!;
        if (list.length === 0) continue;
        known++;
        for (const e of list) {
          if (enStamp[e] === generation) {
            found++;
            break;
          }
        }
      }
    }
    return { known, found };
  };
  const words = (side: Segments, from: number, to: number) => {
    let total = 0;
    for (let k = from; k < to; k++) total += side.words[k]!.length;
    return total;
  };
  // Unrelated paragraphs share some words by chance, and a merged bead collects more of
  // them: score what is found beyond chance, estimated on pairs well off the path.
  let chance = 0;
  let volume = 0;
  for (let k = 0; k < pairs.length; k += 3) {
    const [i, j] = pairs[k]!;
    const off = (j + 7 + (k % 11)) % en.count;
    chance += coverage(i, i + 1, off, off + 1).found;
    volume += en.words[off]!.length * zh.words[i]!.length;
  }
  const rate = volume > 0 ? chance / volume : 0;
  return {
    weight: options.lexiconWeight ?? 0.45,
    score(i0, i1, j0, j1) {
      const { known, found } = coverage(i0, i1, j0, j1);
      return found - rate * words(en, j0, j1) * words(zh, i0, i1) - (options.lexiconUnmatched ?? 0.3) * (known - found);
    },
  };
}

// ─── Search ───────────────────────────────────────────────────────────────────────

interface Scorer {
  model: LengthModel;
  anchors: AnchorScorer;
  priorCost: number[];
  lexicon: Lexicon | undefined;
}

interface Step {
  /** Cell after the bead. */
  i: number;
  j: number;
  /** Bead size. */
  a: number;
  b: number;
  posterior: number;
}

function beadCost(s: Scorer, k: number, i: number, j: number): number {
  const [a, b] = beads[k]!;
  let zl = 0;
  let el = 0;
  for (let x = i - a; x < i; x++) zl += s.model.zhLength[x]!;
  for (let y = j - b; y < j; y++) el += s.model.enLength[y]!;
  let cost = s.priorCost[k]! + lengthCost(s.model, zl, el);
  if (a > 0 && b > 0) {
    cost -= s.anchors.shared(i - a, i, j - b, j);
    if (s.lexicon) {
      cost -= s.lexicon.weight * s.lexicon.score(i - a, i, j - b, j);
    }
  }
  return cost;
}

/** For each row i, the column the path is expected near. */
type Center = Float64Array;

function lengthDiagonal(model: LengthModel, n: number, m: number): Center {
  const total = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
  const zt = total(model.zhLength) || 1;
  const et = total(model.enLength) || 1;
  const center = new Float64Array(n + 1);
  let j = 0;
  let ce = 0;
  let cz = 0;
  for (let i = 0; i <= n; i++) {
    const target = (cz / zt) * et;
    while (j < m && ce + model.enLength[j]! / 2 < target) ce += model.enLength[j++]!;
    center[i] = j;
    if (i < n) cz += model.zhLength[i]!;
  }
  center[n] = m;
  return center;
}

function pathCenter(path: readonly Step[], n: number): Center {
  const center = new Float64Array(n + 1);
  let previous = { i: 0, j: 0 };
  for (const step of path) {
    for (let i = previous.i; i <= step.i; i++) center[i] = step.i === previous.i ? step.j : previous.j + ((step.j - previous.j) * (i - previous.i)) / (step.i - previous.i);
    previous = step;
  }
  return center;
}

interface SearchResult {
  path: Step[];
  units: AlignedUnit[];
}

function search(s: Scorer, n: number, m: number, center: Center, width: number, posteriors: boolean): SearchResult {
  for (let w = width; ; w *= 2) {
    const full = w >= Math.max(n, m);
    const result = searchBand(s, n, m, center, full ? Math.max(n, m) + 3 : w, posteriors);
    if (result && (full || !result.touchesEdge)) return result;
  }
}

function searchBand(s: Scorer, n: number, m: number, center: Center, w: number, posteriors: boolean): (SearchResult & { touchesEdge: boolean }) | undefined {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(m, Math.floor(center[i]!) - w));
    hi[i] = Math.min(m, Math.max(0, Math.ceil(center[i]!) + w));
    if (i > 0) {
      lo[i] = Math.max(lo[i]!, lo[i - 1]!);
      hi[i] = Math.max(hi[i]!, hi[i - 1]!);
    }
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  const cells = offset[n + 1]!;
  const K = beads.length;
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  // Bead costs are kept for the forward–backward pass only.
  const costs = posteriors ? new Float32Array(cells * K).fill(Infinity) : undefined;
  const at = (i: number, j: number) => (i < 0 || j < lo[i]! || j > hi[i]! ? -1 : offset[i]! + j - lo[i]!);

  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const cell = offset[i]! + j - lo[i]!;
      if (cell === 0) continue;
      let value = Infinity;
      let arg = -1;
      for (let k = 0; k < K; k++) {
        const [a, b] = beads[k]!;
        const from = at(i - a, j - b);
        if (from < 0 || best[from] === Infinity) continue;
        const cost = beadCost(s, k, i, j);
        if (costs) costs[cell * K + k] = cost;
        const total = best[from]! + cost;
        if (total < value) {
          value = total;
          arg = k;
        }
      }
      best[cell] = value;
      back[cell] = arg;
    }
  }
  const end = at(n, m);
  if (best[end] === Infinity) return undefined;

  const path: Step[] = [];
  let touchesEdge = false;
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const k = back[at(i, j)]!;
    if ((j === lo[i] && lo[i]! > 0) || (j === hi[i] && hi[i]! < m)) touchesEdge = true;
    const [a, b] = beads[k]!;
    path.push({ i, j, a, b, posterior: 1 });
    i -= a;
    j -= b;
  }
  path.reverse();

  if (costs) {
    // Forward and backward sums in log space over the same band and the same bead costs.
    const fwd = new Float64Array(cells).fill(Infinity);
    const bwd = new Float64Array(cells).fill(Infinity);
    fwd[0] = 0;
    for (let i = 0; i <= n; i++) {
      for (let j = lo[i]!; j <= hi[i]!; j++) {
        const cell = offset[i]! + j - lo[i]!;
        if (cell === 0) continue;
        fwd[cell] = logSum(K, (k) => {
          const [a, b] = beads[k]!;
          const from = at(i - a, j - b);
          return from < 0 ? Infinity : fwd[from]! + costs[cell * K + k]!;
        });
      }
    }
    bwd[end] = 0;
    for (let i = n; i >= 0; i--) {
      for (let j = hi[i]!; j >= lo[i]!; j--) {
        const cell = offset[i]! + j - lo[i]!;
        if (cell === end) continue;
        bwd[cell] = logSum(K, (k) => {
          const [a, b] = beads[k]!;
          const to = i + a <= n ? at(i + a, j + b) : -1;
          return to < 0 ? Infinity : costs[to * K + k]! + bwd[to]!;
        });
      }
    }
    const z = fwd[end]!;
    for (const step of path) {
      const k = beads.findIndex(([a, b]) => a === step.a && b === step.b);
      const from = at(step.i - step.a, step.j - step.b);
      const to = at(step.i, step.j);
      step.posterior = Math.min(1, Math.exp(-(fwd[from]! + costs[to * K + k]! + bwd[to]! - z)));
    }
  }

  const units = path.map((step) => ({
    zh: range(step.i - step.a, step.i),
    en: range(step.j - step.b, step.j),
    score: Math.round(step.posterior * 100) / 100,
  }));
  return { path, units, touchesEdge };
}

// −log Σ exp(−x_k), stable.
function logSum(count: number, value: (k: number) => number): number {
  let min = Infinity;
  const values = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    values[k] = value(k);
    if (values[k]! < min) min = values[k]!;
  }
  if (min === Infinity) return Infinity;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp(min - values[k]!);
  return min - Math.log(sum);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
