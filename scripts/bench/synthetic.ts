/**
 * Deterministic synthetic content for the benchmarks: a glossary of any size and
 * bilingual prose that mentions its terms. Everything comes from a seeded PRNG, so a
 * run measures the same bytes as the last one. The glossary obeys the loader's rules
 * (kebab-case ids, no written form claimed by two terms); the prose mixes plain
 * occurrences with the cases the matcher must get right: longest match first
 * (萨姆·阿尔特曼 over 阿尔特曼), Latin forms only on word boundaries, case rules.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Term, TermType } from '@/lib/content/schema';

// A plain ES module shared with bench-align.mjs, which runs without TypeScript.
// @ts-expect-error no types needed
import { prng as mulberry32 } from './prng.mjs';

export const prng: (seed: number) => () => number = mulberry32;

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// Common characters: term forms are drawn from the same pool as the filler, so the
// automaton meets many partial matches, as it does in real prose.
const HAN = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可能而子说后自家多经行方面下学过所同工么心样现把新其已将年把长没得当前里都实发着还种政问度月明意关但二动全力从业机些各部重因开见正本定特两等体理加比化高原强向由合外公使成并系品金表手社信平提社感及主问道命交义门气民想战利此条又应最结白间数点少身区头入权电务资者光无报通打真式心报性接路深变科期声级管林统调题放改据青决量色织场设展记非布受准研克约目世复装始海院活件象组思团近果直音器究别领称空志效候军史队张任教毛须土况它革转农步拉建断越住即华支书院任照验单保格员取斯示总热例半易收确计至际满备落流代族达往火府细状积认造护营德百维风须满类层'];
const HAN_PUNCT = ['，', '，', '，', '。', '、', '；'];
const SYLLABLES = ['ka', 'ren', 'to', 'mi', 'sa', 'vel', 'dor', 'li', 'an', 'qu', 'bel', 'nor', 'ta', 'vi', 'zen', 'mar', 'ko', 'lu', 'ri', 'pan', 'os', 'ter', 'gal', 'fen', 'du', 'har', 'wen', 'ix', 'el', 'sto', 'bra', 'cin', 'yo', 'ra', 'ne', 'ul'];
const WORDS = 'the of and to in a that it was for on as with by at from his her they their this which but not had have been were would could about after before into over also more than most when where while some such other only new first last years company board people said told according research model models work team plan money power public private early later because between during against'.split(' ');
const TYPES: readonly TermType[] = ['person', 'organization', 'product', 'publication', 'term'];

function han(random: Random, min: number, max: number): string {
  const n = min + Math.floor(random() * (max - min + 1));
  let out = '';
  for (let i = 0; i < n; i++) out += pick(random, HAN);
  return out;
}

function latinWord(random: Random, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += pick(random, SYLLABLES);
  return out;
}

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * `count` terms, a fifth of each type. People have a full name and a surname alias in
 * both languages; `term` entries are case-insensitive lower-case phrases; some Chinese
 * entries list the English name as an alias, as the real glossary does.
 */
export function makeGlossary(count: number, seed: number): Term[] {
  const random = prng(seed);
  const claimed = new Set<string>();
  const claim = (make: () => string): string => {
    for (let tries = 0; tries < 1000; tries++) {
      const form = make();
      if (!claimed.has(form.toLowerCase())) {
        claimed.add(form.toLowerCase());
        return form;
      }
    }
    throw new Error('synthetic glossary: ran out of fresh forms');
  };
  const terms: Term[] = [];
  for (let i = 0; i < count; i++) {
    const type = TYPES[i % TYPES.length]!;
    const id = `${type}-${i.toString(36)}`;
    let zh: Term['zh'];
    let en: Term['en'];
    if (type === 'person') {
      const surname = claim(() => capital(latinWord(random, 2 + Math.floor(random() * 2))));
      const full = claim(() => `${capital(latinWord(random, 2))} ${surname}`);
      const zhSurname = claim(() => han(random, 2, 4));
      const zhFull = claim(() => `${han(random, 1, 3)}·${zhSurname}`);
      zh = { form: zhFull, aliases: random() < 0.3 ? [zhSurname, full] : [zhSurname] };
      en = { form: full, aliases: [surname], case: 'sensitive' };
    } else if (type === 'term') {
      const phrase = claim(() => `${latinWord(random, 2)} ${latinWord(random, 2 + Math.floor(random() * 2))}`);
      const plural = claim(() => `${phrase}s`);
      zh = { form: claim(() => han(random, 2, 5)), aliases: [] };
      en = { form: phrase, aliases: [plural], case: 'insensitive' };
    } else {
      const name = claim(() => capital(latinWord(random, 2 + Math.floor(random() * 3))) + (random() < 0.3 ? ` ${capital(latinWord(random, 2))}` : ''));
      const zhName = claim(() => han(random, 2, 4));
      zh = { form: zhName, aliases: random() < 0.4 ? [name] : [] };
      en = { form: name, aliases: [], case: 'sensitive' };
    }
    terms.push({
      id,
      type,
      zh,
      en,
      note: {
        zh: `${zh.form}：合成术语，第 ${i + 1} 条。${han(random, 20, 60)}。`,
        en: `${en.form}: synthetic entry number ${i + 1}. ${Array.from({ length: 12 }, () => pick(random, WORDS)).join(' ')}.`,
      },
    });
  }
  return terms;
}

/** One occurrence, or a near miss the matcher must reject, in the given language. */
function mention(random: Random, terms: readonly Term[], language: 'zh' | 'en'): string {
  const term = pick(random, terms);
  const forms = [term[language].form, ...term[language].aliases];
  const form = pick(random, forms);
  const roll = random();
  if (!/[A-Za-z]/.test(form)) return form;
  if (term.en.case === 'insensitive' && roll < 0.3) return form.toUpperCase().slice(0, 1) + form.slice(1); // still a match
  if (term.en.case === 'sensitive' && roll < 0.05) return form.toLowerCase(); // wrong case: no match
  if (roll > 0.95) return `${form}${pick(random, SYLLABLES)}`; // glued to a word: no match
  return form;
}

/** One paragraph of about `bytes` UTF-8 bytes. */
export function paragraph(random: Random, terms: readonly Term[], language: 'zh' | 'en', bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let part: string;
    if (random() < 0.12) part = mention(random, terms, language);
    else if (language === 'zh') part = han(random, 2, 8) + (random() < 0.3 ? pick(random, HAN_PUNCT) : '');
    else part = pick(random, WORDS) + (random() < 0.08 ? ',' : '');
    parts.push(part);
    size += Buffer.byteLength(part) + (language === 'en' ? 1 : 0);
  }
  return language === 'en' ? `${capital(parts.join(' '))}.` : `${parts.join('')}。`;
}

/**
 * Prose of at least `bytes` UTF-8 bytes, as paragraphs alternating Chinese and
 * English (the Chinese ones quote an English name now and then, as articles do).
 */
export function makeProse(terms: readonly Term[], bytes: number, seed: number): string[] {
  const random = prng(seed);
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = paragraph(random, terms, i % 2 === 0 ? 'zh' : 'en', 200 + Math.floor(random() * 600));
    paragraphs.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return paragraphs;
}

export interface LongArticle {
  slug: string;
  /** Bytes of each language file. */
  bytes: { zh: number; en: number };
  units: number;
  terms: number;
}

/**
 * A content folder (glossary.yaml and one article) in the app's format: `units`
 * aligned units of about `unitBytes` UTF-8 bytes per language, some of them holding
 * two paragraphs on one side, mentioning terms of a `terms`-entry glossary.
 */
export function writeLongContent(dir: string, { units, terms: count, unitBytes, seed }: { units: number; terms: number; unitBytes: number; seed: number }): LongArticle {
  const terms = makeGlossary(count, seed);
  const random = prng(seed + 1);
  const slug = 'bench-long-article';
  const shared = { source: 'https://example.com/duizhao/bench-long-article', publisher: 'Duizhao benchmarks', date: '2024-01-01' };
  const front = (meta: Record<string, string>) => `---\n${stringify({ ...meta, ...shared }).trim()}\n---\n`;
  const files = {
    zh: [front({ title: '合成长文：三千段对照', description: '基准测试用的合成文章，由固定种子生成。', origin: 'translation' })],
    en: [front({ title: 'A long synthetic article', description: 'A synthetic article for the benchmarks, made from a fixed seed.', origin: 'original' })],
  };
  for (let i = 1; i <= units; i++) {
    const id = `u${String(i).padStart(4, '0')}`;
    for (const language of ['zh', 'en'] as const) {
      // One unit in ten holds two paragraphs on one side (a 1:2 pair).
      const split = random() < 0.1;
      const size = Math.round(unitBytes * (0.6 + 0.8 * random()));
      const body = split
        ? `${paragraph(random, terms, language, size / 2)}\n\n${paragraph(random, terms, language, size / 2)}`
        : paragraph(random, terms, language, size);
      files[language].push(`<!-- unit ${id} -->\n\n${body}\n`);
    }
  }
  mkdirSync(path.join(dir, 'articles', slug), { recursive: true });
  writeFileSync(path.join(dir, 'glossary.yaml'), stringify(terms));
  const bytes = { zh: 0, en: 0 };
  for (const language of ['zh', 'en'] as const) {
    const text = files[language].join('\n');
    bytes[language] = Buffer.byteLength(text);
    writeFileSync(path.join(dir, 'articles', slug, `${language}.md`), text);
  }
  return { slug, bytes, units, terms: count };
}
