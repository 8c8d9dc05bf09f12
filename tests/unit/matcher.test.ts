import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formsOf } from '@/lib/content/glossary';
import type { Term } from '@/lib/content/schema';
import { createMatcher, type Pattern } from '@/lib/glossary/matcher';
import { glossaryMatcher, patternsFor } from '@/lib/glossary/patterns';

const sensitive = (text: string, termId: string): Pattern => ({ text, termId, caseSensitive: true });
const insensitive = (text: string, termId: string): Pattern => ({ text, termId, caseSensitive: false });

const matcher = createMatcher([
  sensitive('萨姆·阿尔特曼', 'sam-altman'),
  sensitive('阿尔特曼', 'sam-altman'),
  sensitive('Sam Altman', 'sam-altman'),
  sensitive('Altman', 'sam-altman'),
  sensitive('Google', 'google'),
  sensitive('Google Brain', 'google-brain'),
  sensitive('谷歌', 'google'),
  sensitive('Musk', 'elon-musk'),
  sensitive('马斯克', 'elon-musk'),
  sensitive('Twitter', 'twitter'),
  sensitive('OpenAI', 'openai'),
  sensitive('GPT-4', 'gpt-4'),
  sensitive('《信息》', 'the-information'),
  insensitive('AI', 'artificial-intelligence'),
  insensitive('人工智能', 'artificial-intelligence'),
  insensitive('transformer', 'transformer'),
  insensitive('Transformer', 'transformer'),
  insensitive('language model', 'language-model'),
  insensitive('language models', 'language-model'),
]);

/** Each occurrence as `[matched text, termId]`, which reads better than offsets. */
function hits(text: string): [string, string][] {
  return matcher.find(text).map((o) => [text.slice(o.start, o.end), o.termId]);
}

describe('lib/glossary/matcher', () => {
  it('exports createMatcher', async () => {
    expect(Object.keys(await import('@/lib/glossary/matcher')).sort()).toEqual(['createMatcher']);
  });

  it('returns start, end and term id', () => {
    expect(matcher.find('Yes, Musk.')).toEqual([{ start: 5, end: 9, termId: 'elon-musk' }]);
    expect(matcher.find('')).toEqual([]);
    expect(matcher.find('nothing to see')).toEqual([]);
  });

  it('prefers the longest form: 萨姆·阿尔特曼 over 阿尔特曼, Google Brain over Google', () => {
    expect(matcher.find('萨姆·阿尔特曼说')).toEqual([{ start: 0, end: 7, termId: 'sam-altman' }]);
    expect(matcher.find('Google Brain and Google')).toEqual([
      { start: 0, end: 12, termId: 'google-brain' },
      { start: 17, end: 23, termId: 'google' },
    ]);
    expect(hits('Sam Altman, Altman')).toEqual([['Sam Altman', 'sam-altman'], ['Altman', 'sam-altman']]);
  });

  it('falls back to a shorter form when the longer one is not on a word boundary', () => {
    expect(hits('Google Brainy')).toEqual([['Google', 'google']]);
  });

  it('resolves overlaps leftmost-longest, without overlapping hits', () => {
    const m = createMatcher([sensitive('甲乙', 'x'), sensitive('乙丙丁', 'y'), sensitive('丙丁戊己', 'z'), sensitive('甲乙丙', 'w')]);
    // At 0 the longest is 甲乙丙; 乙丙丁 and 丙丁戊己 overlap it, and nothing starts after it.
    expect(m.find('甲乙丙丁戊己')).toEqual([{ start: 0, end: 3, termId: 'w' }]);
    expect(m.find('〇乙丙丁戊己')).toEqual([{ start: 1, end: 4, termId: 'y' }]);
    expect(m.find('甲乙〇丙丁戊己')).toEqual([{ start: 0, end: 2, termId: 'x' }, { start: 3, end: 7, termId: 'z' }]);
  });

  it('finds patterns that share suffixes (failure links)', () => {
    const m = createMatcher([sensitive('he', 'he'), sensitive('she', 'she'), sensitive('his', 'his'), sensitive('hers', 'hers')]);
    // Latin forms need word boundaries: spell them as separate words.
    expect(m.find('ushers she his hers he').map((o) => o.termId)).toEqual(['she', 'his', 'hers', 'he']);
    const cjk = createMatcher([sensitive('甲乙', 'a'), sensitive('乙丙丁', 'b'), sensitive('丙', 'c')]);
    expect(cjk.find('甲乙丙丁丙')).toEqual([{ start: 0, end: 2, termId: 'a' }, { start: 2, end: 3, termId: 'c' }, { start: 4, end: 5, termId: 'c' }]);
    expect(cjk.find('乙丙丁')).toEqual([{ start: 0, end: 3, termId: 'b' }]);
  });

  it('matches Chinese forms as substrings, next to CJK and Latin', () => {
    expect(hits('冲动的马斯克或古怪的阿尔特曼')).toEqual([['马斯克', 'elon-musk'], ['阿尔特曼', 'sam-altman']]);
    expect(hits('abc马斯克def')).toEqual([['马斯克', 'elon-musk']]);
    expect(hits('谷歌人工智能')).toEqual([['谷歌', 'google'], ['人工智能', 'artificial-intelligence']]);
    expect(hits('《信息》首次报道')).toEqual([['《信息》', 'the-information']]);
  });

  it('matches Latin forms glued to CJK', () => {
    expect(hits('对Twitter的数据')).toEqual([['Twitter', 'twitter']]);
    expect(hits('OpenAI与Musk')).toEqual([['OpenAI', 'openai'], ['Musk', 'elon-musk']]);
  });

  it('keeps Latin forms on word boundaries', () => {
    expect(hits("Musk's twins")).toEqual([['Musk', 'elon-musk']]);
    expect(hits('Musky Muskrat eMusk')).toEqual([]);
    expect(hits('(Musk), "Musk"; Musk-led')).toEqual([['Musk', 'elon-musk'], ['Musk', 'elon-musk'], ['Musk', 'elon-musk']]);
    expect(hits('OpenAI')).toEqual([['OpenAI', 'openai']]);
    expect(hits('OpenAIs AIs')).toEqual([]);
    expect(hits('AI, the tool')).toEqual([['AI', 'artificial-intelligence']]);
    expect(hits('GPT-4 GPT-40 GPT-4o GPT-4, 1GPT-4')).toEqual([['GPT-4', 'gpt-4'], ['GPT-4', 'gpt-4']]);
    expect(matcher.find('GPT-4, not GPT-40')).toEqual([{ start: 0, end: 5, termId: 'gpt-4' }]);
  });

  it('treats accented Latin letters as part of a word', () => {
    expect(hits('Muské éMusk Musk')).toEqual([['Musk', 'elon-musk']]);
  });

  it('matches case-insensitive entries in any casing, and keeps the text as written', () => {
    expect(hits('transformer Transformer TRANSFORMER')).toEqual([
      ['transformer', 'transformer'],
      ['Transformer', 'transformer'],
      ['TRANSFORMER', 'transformer'],
    ]);
    expect(hits('Language Models, a language model')).toEqual([
      ['Language Models', 'language-model'],
      ['language model', 'language-model'],
    ]);
    expect(hits('ai and Ai')).toEqual([['ai', 'artificial-intelligence'], ['Ai', 'artificial-intelligence']]);
  });

  it('matches case-sensitive entries only as written', () => {
    expect(hits('musk MUSK Musk')).toEqual([['Musk', 'elon-musk']]);
    expect(hits('google brain, Google brain')).toEqual([['Google', 'google']]);
    expect(hits('openai')).toEqual([]);
  });

  it('keeps offsets right after astral characters', () => {
    expect(matcher.find('😀 Musk')).toEqual([{ start: 3, end: 7, termId: 'elon-musk' }]);
    expect(matcher.find('𠀀马斯克𠀀Musk')).toEqual([
      { start: 2, end: 5, termId: 'elon-musk' },
      { start: 7, end: 11, termId: 'elon-musk' },
    ]);
    const emoji = createMatcher([sensitive('🦄AI', 'unicorn')]);
    expect(emoji.find('a 🦄AI b')).toEqual([{ start: 2, end: 6, termId: 'unicorn' }]);
  });

  it('keeps offsets right after characters whose lower case is longer (İ)', () => {
    // 'İ'.toLowerCase() is two code units; folding the whole string would shift every offset after it.
    expect('İ'.toLowerCase()).toHaveLength(2);
    expect(matcher.find('İİ Musk and transformer')).toEqual([
      { start: 3, end: 7, termId: 'elon-musk' },
      { start: 12, end: 23, termId: 'transformer' },
    ]);
    const istanbul = createMatcher([insensitive('İstanbul', 'istanbul')]);
    expect(istanbul.find('to İSTANBUL, İstanbul')).toEqual([
      { start: 3, end: 11, termId: 'istanbul' },
      { start: 13, end: 21, termId: 'istanbul' },
    ]);
  });

  it('matches a form that is the whole text, or spans lines only as written', () => {
    expect(hits('Sam Altman')).toEqual([['Sam Altman', 'sam-altman']]);
    expect(hits('Sam\nAltman')).toEqual([['Altman', 'sam-altman']]);
  });

  it('works with no patterns', () => {
    expect(createMatcher([]).find('Musk')).toEqual([]);
  });

  it('throws a TypeError on bad input', () => {
    expect(() => createMatcher(undefined as never)).toThrow(new TypeError('Expected an array of patterns'));
    expect(() => createMatcher('Musk' as never)).toThrow(new TypeError('Expected an array of patterns'));
    expect(() => createMatcher([null] as never)).toThrow(new TypeError('Expected patterns with a string `text` and `termId`'));
    expect(() => createMatcher([{ text: 5, termId: 'x', caseSensitive: true }] as never)).toThrow(
      new TypeError('Expected patterns with a string `text` and `termId`'),
    );
    expect(() => createMatcher([sensitive('', 'empty')])).toThrow(new TypeError('Expected a non-empty pattern for `empty`'));
    expect(() => matcher.find(undefined as never)).toThrow(new TypeError('Expected a string'));
    expect(() => matcher.find(42 as never)).toThrow(new TypeError('Expected a string'));
  });
});

describe('lib/glossary/patterns', () => {
  const term = (id: string, zh: string[], en: string[], kase: 'sensitive' | 'insensitive'): Term => ({
    id,
    type: 'person',
    zh: { form: zh[0]!, aliases: zh.slice(1) },
    en: { form: en[0]!, aliases: en.slice(1), case: kase },
    note: { zh: '注。', en: 'Note.' },
  });
  const musk = term('elon-musk', ['埃隆·马斯克', '马斯克', 'Elon Musk', 'Musk'], ['Elon Musk', 'Musk'], 'sensitive');
  const transformer = term('transformer', ['transformer', 'Transformer'], ['transformer', 'transformers'], 'insensitive');

  it('exports patternsFor and glossaryMatcher', async () => {
    expect(Object.keys(await import('@/lib/glossary/patterns')).sort()).toEqual(['glossaryMatcher', 'patternsFor']);
  });

  it('lists every form of every term once, with the term’s case rule', () => {
    expect(formsOf(musk)).toEqual(['埃隆·马斯克', '马斯克', 'Elon Musk', 'Musk', 'Elon Musk', 'Musk']);
    expect(patternsFor([musk, transformer])).toEqual([
      { text: '埃隆·马斯克', termId: 'elon-musk', caseSensitive: true },
      { text: '马斯克', termId: 'elon-musk', caseSensitive: true },
      { text: 'Elon Musk', termId: 'elon-musk', caseSensitive: true },
      { text: 'Musk', termId: 'elon-musk', caseSensitive: true },
      { text: 'transformer', termId: 'transformer', caseSensitive: false },
      { text: 'Transformer', termId: 'transformer', caseSensitive: false },
      { text: 'transformers', termId: 'transformer', caseSensitive: false },
    ]);
    expect(patternsFor([])).toEqual([]);
  });

  it('builds a matcher for the terms', () => {
    const m = glossaryMatcher([musk, transformer]);
    expect(m.find('埃隆·马斯克 on Transformers; musk')).toEqual([
      { start: 0, end: 6, termId: 'elon-musk' },
      { start: 10, end: 22, termId: 'transformer' },
    ]);
  });

  it('finds every form of the real glossary as itself, whole', () => {
    const { terms } = loadContent('content').glossary;
    const m = glossaryMatcher(terms);
    const wrong = terms.flatMap((t) =>
      formsOf(t)
        .filter((form) => JSON.stringify(m.find(form)) !== JSON.stringify([{ start: 0, end: form.length, termId: t.id }]))
        .map((form) => `${t.id}: ${form}`),
    );
    expect(wrong).toEqual([]);
  });
});
