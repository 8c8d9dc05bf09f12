import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as alignModule from '@/lib/align';
import { alignParagraphs, detectScript, extractNumbers, InputError, parseChineseNumeral, readInput, splitParagraphs } from '@/lib/align';

// Five units of three sentences each, with what a real pair shares: dates, amounts, names.
const ZH = [
  ['2019 年 3 月 11 日，OpenAI 宣布成立一家盈利公司。', '公司表示，它需要筹集大量资金来支付计算费用。', '投资者的回报将设有上限。'],
  ['不到六个月后，微软向 OpenAI 投资了 10 亿美元。', '微软还提供了云计算基础设施。', '两家公司一起建造了一台超级计算机。'],
  ['2022 年 11 月，ChatGPT 上线。', '五天之内，它就有了 100 万用户。', '谷歌匆忙推出了自己的聊天机器人 Bard。'],
  ['2023 年 2 月 17 日，马斯克在 Twitter 上批评 OpenAI。', '他说这家公司已经被 Microsoft 控制。', '他还说自己捐赠了大约 1 亿美元。'],
  ['3 月 15 日，他又发了一条推文。', '他问，一家非营利组织怎么会变成市值 300 亿美元的公司。', 'OpenAI 拒绝置评。'],
];
const EN = [
  ['On March 11, 2019, OpenAI announced that it was creating a for-profit company.', 'The company said it needed to raise a great deal of money to pay for computing.', 'Returns for investors would be capped.'],
  ['Less than six months later, Microsoft invested $1 billion in OpenAI.', 'Microsoft also supplied cloud computing infrastructure.', 'Together the two companies built a supercomputer.'],
  ['In November 2022, ChatGPT went live.', 'Within five days it had 1 million users.', 'Google rushed out a chatbot of its own, Bard.'],
  ['On February 17, 2023, Musk criticised OpenAI on Twitter.', 'He said the company was now controlled by Microsoft.', 'He also said he had given about $100 million.'],
  ['On March 15, he tweeted again.', 'He asked how a nonprofit could turn into a company worth $30 billion.', 'OpenAI declined to comment.'],
];
const zhPara = (k: number, from = 0, to = 3) => ZH[k]!.slice(from, to).join('');
const enPara = (k: number, from = 0, to = 3) => EN[k]!.slice(from, to).join(' ');
const whole = { zh: ZH.map((_, k) => zhPara(k)), en: EN.map((_, k) => enPara(k)) };

function beadsOf(zh: string[], en: string[]) {
  return alignParagraphs(zh, en).units.map((u) => [u.zh, u.en]);
}

describe('lib/align', () => {
  it('exports the aligner API', () => {
    expect(Object.keys(alignModule).sort()).toEqual(
      ['InputError', 'alignParagraphs', 'beads', 'defaultPriors', 'detectScript', 'draftArticle', 'extractNumbers', 'isDoubtful', 'metaKeys', 'parseChineseNumeral', 'plainText', 'readInput', 'splitParagraphs'].sort(),
    );
  });

  it('aligns 1:1 with high confidence', () => {
    const { units } = alignParagraphs(whole.zh, whole.en);
    expect(units.map((u) => [u.zh, u.en])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4]]]);
    for (const u of units) expect(u.score).toBeGreaterThan(0.9);
  });

  it('finds a 1:2 bead (English paragraph split)', () => {
    const en = [whole.en[0]!, enPara(1, 0, 1), enPara(1, 1), ...whole.en.slice(2)];
    expect(beadsOf(whole.zh, en)).toEqual([[[0], [0]], [[1], [1, 2]], [[2], [3]], [[3], [4]], [[4], [5]]]);
  });

  it('finds a 2:1 bead (Chinese paragraph split)', () => {
    const zh = [whole.zh[0]!, whole.zh[1]!, zhPara(2, 0, 2), zhPara(2, 2), ...whole.zh.slice(3)];
    expect(beadsOf(zh, whole.en)).toEqual([[[0], [0]], [[1], [1]], [[2, 3], [2]], [[4], [3]], [[5], [4]]]);
  });

  it('finds a 1:0 bead (English paragraph missing)', () => {
    const en = whole.en.filter((_, k) => k !== 2);
    expect(beadsOf(whole.zh, en)).toEqual([[[0], [0]], [[1], [1]], [[2], []], [[3], [2]], [[4], [3]]]);
  });

  it('finds a 0:1 bead (Chinese paragraph missing)', () => {
    const zh = whole.zh.filter((_, k) => k !== 1);
    expect(beadsOf(zh, whole.en)).toEqual([[[0], [0]], [[], [1]], [[1], [2]], [[2], [3]], [[3], [4]]]);
  });

  it('finds a 2:2 bead (both sides split, at different sentences)', () => {
    const zh = [...whole.zh.slice(0, 3), zhPara(3, 0, 1), zhPara(3, 1), whole.zh[4]!];
    const en = [...whole.en.slice(0, 3), enPara(3, 0, 2), enPara(3, 2), whole.en[4]!];
    expect(beadsOf(zh, en)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3, 4], [3, 4]], [[5], [5]]]);
  });

  it('finds a 1:3 bead (English paragraph in three)', () => {
    const en = [whole.en[0]!, ...EN[1]!, ...whole.en.slice(2)];
    expect(beadsOf(whole.zh, en)).toEqual([[[0], [0]], [[1], [1, 2, 3]], [[2], [4]], [[3], [5]], [[4], [6]]]);
  });

  it('finds a 3:1 bead (Chinese paragraph in three)', () => {
    const zh = [...whole.zh.slice(0, 4), ...ZH[4]!];
    expect(beadsOf(zh, whole.en)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4, 5, 6], [4]]]);
  });

  it('puts every paragraph in exactly one unit, in order', () => {
    const zh = [whole.zh[0]!, ...ZH[1]!, whole.zh[3]!];
    const en = [whole.en[0]!, whole.en[2]!, whole.en[3]!, whole.en[4]!];
    const { units } = alignParagraphs(zh, en);
    expect(units.flatMap((u) => u.zh)).toEqual(zh.map((_, i) => i));
    expect(units.flatMap((u) => u.en)).toEqual(en.map((_, i) => i));
  });

  it('handles one empty side', () => {
    expect(alignParagraphs(['一。'], []).units).toEqual([{ zh: [0], en: [], score: 1 }]);
  });

  it('rejects bad arguments', () => {
    expect(() => alignParagraphs('x' as unknown as string[], [])).toThrow(TypeError);
  });

  const corpus = path.resolve(__dirname, '../../../shared/corpora/bible-zh-en');
  it.skipIf(!existsSync(corpus))('aligns the first 400 Bible sentences near their gold', () => {
    const lines = (file: string) => readFileSync(path.join(corpus, file), 'utf8').split('\n');
    const gold = lines('gold/001.align').filter(Boolean).map((l) => l.split(':').map((x) => JSON.parse(x) as number[]) as [number[], number[]]);
    const slice = gold.filter(([e, z]) => Math.max(...z) < 400 && Math.max(...e) < 400);
    const zhMax = Math.max(...slice.flatMap(([, z]) => z)) + 1;
    const enMax = Math.max(...slice.flatMap(([e]) => e)) + 1;
    const { units } = alignParagraphs(lines('zh/001').slice(0, zhMax), lines('en/001').slice(0, enMax));
    const want = new Set(slice.map(([e, z]) => `${z}|${e}`));
    const hits = units.filter((u) => want.has(`${u.zh}|${u.en}`)).length;
    const precision = hits / units.length;
    const recall = hits / want.size;
    // The whole corpus scores about 0.9 (npm run bench:align); its first chapters, lists of generations, are harder.
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThan(0.8);
  });
});

describe('numbers', () => {
  it('reads Chinese and English amounts and dates as the same tokens', () => {
    expect(extractNumbers('10 亿美元', 'zh')).toEqual(['n:1000000000']);
    expect(extractNumbers('$1 billion', 'en')).toEqual(['n:1000000000']);
    expect(extractNumbers('2019 年 3 月 11 日', 'zh')).toEqual(['n:2019', 'm:3', 'n:11']);
    expect(extractNumbers('March 11, 2019', 'en')).toEqual(['m:3', 'n:11', 'n:2019']);
    expect(extractNumbers('约 100 百万美元，300 亿美元，1 万亿', 'zh')).toEqual(['n:100000000', 'n:30000000000', 'n:1000000000000']);
    expect(extractNumbers('$100 million, $30 billion, 1 trillion', 'en')).toEqual(['n:100000000', 'n:30000000000', 'n:1000000000000']);
    expect(extractNumbers('上周五', 'zh')).toEqual(['w:5']);
    expect(extractNumbers('last Friday', 'en')).toEqual(['w:5']);
  });

  it('reads numerals written as words only when asked', () => {
    expect(extractNumbers('六个月', 'zh')).toEqual([]);
    expect(extractNumbers('六个月，九百三十岁', 'zh', { words: true })).toEqual(['n:6', 'n:930']);
    expect(extractNumbers('nine hundred and thirty years; forty and six thousand and five hundred', 'en', { words: true })).toEqual(['n:930', 'n:46500']);
    // A lone 一 is an article; 一切 is "everything".
    expect(extractNumbers('一份公告说一切都好', 'zh', { words: true })).toEqual([]);
    expect(extractNumbers('May I come? In May 2020.', 'en')).toEqual(['m:5', 'n:2020']);
  });

  it('parses Chinese numerals', () => {
    expect(parseChineseNumeral('四万六千五百')).toBe(46500);
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('三亿五千万')).toBe(350000000);
    expect(parseChineseNumeral('二〇一九')).toBe(2019);
  });
});

describe('paragraphs and inputs', () => {
  it('splits on blank lines, without frontmatter or unit markers, keeping fenced code whole', () => {
    const text = '---\ntitle: x\n---\n\n<!-- unit u01 -->\n\nfirst\nstill first\n\n```\ncode\n\nmore code\n```\n\n  \nlast\n';
    expect(splitParagraphs(text)).toEqual([
      { text: 'first\nstill first', line: 7 },
      { text: '```\ncode\n\nmore code\n```', line: 10 },
      { text: 'last', line: 17 },
    ]);
  });

  it('tells Chinese from English', () => {
    expect(detectScript('OpenAI 宣布成立一家盈利公司。')).toBe('zh');
    expect(detectScript('OpenAI announced a for-profit company.')).toBe('en');
    expect(detectScript('1234 — 5678')).toBeUndefined();
  });

  const bytes = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['an empty file', new Uint8Array(0), 'zh', 'x.md:1: file is empty'],
    ['only blank lines', bytes('\n \n'), 'zh', 'x.md:1: no paragraphs (only blank lines or frontmatter)'],
    ['invalid UTF-8', Uint8Array.from([0x61, 0x0a, 0xff, 0xfe]), 'zh', 'x.md:2: not UTF-8 text (binary data?)'],
    ['control characters', bytes('hello\n\u0000'), 'en', 'x.md:2: binary data: control character U+0000'],
    ['the wrong language', bytes('\nThis is English.'), 'zh', 'x.md:2: text looks English, expected Chinese: `This is English.`'],
  ] as const)('rejects %s with one line naming file, line and value', (_name, input, language, message) => {
    expect(() => readInput(input, 'x.md', language)).toThrow(new InputError('x.md', 1, '').constructor);
    expect(() => readInput(input, 'x.md', language)).toThrow(message);
  });
});
