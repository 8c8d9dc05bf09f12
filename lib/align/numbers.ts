/**
 * Numbers, months and weekdays as language-neutral tokens, so that `10 亿美元` and
 * `$1 billion` both read `n:1000000000`, `2019 年 3 月 11 日` and `March 11, 2019`
 * both read `n:2019 m:3 n:11`, and `上周五` and `last Friday` both read `w:5`.
 *
 * Strict mode (for qa) takes only what an editor would call a number: digits, with a
 * scale word (亿, million…) when one follows, months and weekdays. Lenient mode (for
 * the aligner) also reads numerals written as words (九百三十, nine hundred and thirty,
 * second), which are frequent in literary text but sometimes idiomatic (一切, 百姓).
 */

export type NumberLanguage = 'zh' | 'en';

export interface NumberOptions {
  /** Also read numerals written out as words. Default: false. */
  words?: boolean;
}

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const ZH_SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12, 百万: 1e6, 千万: 1e7, 千亿: 1e11, 百亿: 1e10, 十亿: 1e9 };
const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ZH_WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

// Words that contain numeral characters but are not numbers.
const ZH_IDIOMS = /一切|一些|一起|一样|一直|一定|一般|一同|一旦|一度|统一|唯一|万一|万物|百姓|千万|十分|一概|一味|一向|一再|一面|一边|一时|一生|一律|一致|一番|不一|之一|一下|一点|一下子|三心二意|独一|专一|第一次/g;

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  score: 20, threescore: 60, fourscore: 80,
};
const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
};

function token(value: number): string {
  return `n:${Number.isInteger(value) ? value : Number(value.toPrecision(6))}`;
}

/** Value of a run of Chinese numeral characters (四万六千五百 → 46500), or undefined. */
export function parseChineseNumeral(run: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of run) {
    if (ch in ZH_DIGIT) {
      // 二〇一九: a string of digits read positionally.
      if (digit >= 0 && section === 0 && total === 0) digit = digit * 10 + ZH_DIGIT[ch]!;
      else digit = ZH_DIGIT[ch]!;
    } else if (ch in ZH_UNIT) {
      section += (digit < 0 ? 1 : digit) * ZH_UNIT[ch]!;
      digit = -1;
    } else if (ch in ZH_BIG) {
      const big = ZH_BIG[ch]!;
      const value = (section + Math.max(digit, 0)) || (total === 0 ? 1 : 0);
      if (big === 1e8) total = (total + value) * big;
      else total += value * big;
      section = 0;
      digit = -1;
    } else {
      return undefined;
    }
  }
  const value = total + section + Math.max(digit, 0);
  return run.length > 0 ? value : undefined;
}

function parseDigits(text: string): number {
  return Number(text.replace(/[,，]/g, ''));
}

/** Number, month and weekday tokens of a text, in order of appearance. */
export function extractNumbers(text: string, language: NumberLanguage, options: NumberOptions = {}): string[] {
  return language === 'zh' ? zhNumbers(text, options.words ?? false) : enNumbers(text, options.words ?? false);
}

function zhNumbers(text: string, words: boolean): string[] {
  const out: { at: number; token: string }[] = [];
  const clean = text.replace(ZH_IDIOMS, (m) => ' '.repeat(m.length));
  const numeral = words ? '[0-9０-９][0-9,，.]*|[零〇一二两三四五六七八九十百千万亿]+' : '[0-9０-９][0-9,，.]*';
  const pattern = new RegExp(
    `(${numeral})\\s*(万亿|百万|千万|千亿|百亿|十亿|万|亿)?\\s*(个?月(?!份)|日|号|%|％)?|(?:星期|礼拜|周)([一二三四五六日天])`,
    'gu',
  );
  for (const match of clean.matchAll(pattern)) {
    const [, raw, scale, suffix, weekday] = match;
    if (weekday) {
      out.push({ at: match.index, token: `w:${ZH_WEEKDAY[weekday]}` });
      continue;
    }
    if (!raw) continue;
    const digits = /^[0-9０-９]/.test(raw);
    const cleaned = raw.replace(/[.,，]+$/, '');
    let value = digits ? parseDigits(cleaned.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : parseChineseNumeral(cleaned);
    if (value === undefined || Number.isNaN(value)) continue;
    // A lone 一 is an article far more often than a number.
    if (!digits && cleaned === '一' && !scale && !suffix) continue;
    if (scale) value *= ZH_SCALE[scale]!;
    if (suffix === '月' && !scale && value >= 1 && value <= 12 && Number.isInteger(value)) {
      out.push({ at: match.index, token: `m:${value}` });
      continue;
    }
    out.push({ at: match.index, token: token(value) });
  }
  return out.sort((a, b) => a.at - b.at).map((t) => t.token);
}

function enNumbers(text: string, words: boolean): string[] {
  const out: string[] = [];
  // Tokens: numbers with separators, or words.
  const tokens = [...text.matchAll(/\$?\d[\d,]*(?:\.\d+)?%?|[A-Za-z]+/g)].map((m) => m[0]);
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const lower = raw.toLowerCase();
    if (/\d/.test(raw)) {
      let value = parseDigits(raw.replace(/^\$|%$/g, ''));
      const next = tokens[i + 1]?.toLowerCase();
      if (next && next in EN_SCALE) {
        value *= EN_SCALE[next]!;
        i++;
      }
      if (!Number.isNaN(value)) out.push(token(value));
      continue;
    }
    const capital = raw[0] !== lower[0];
    const month = MONTHS_EN.indexOf(lower);
    if (capital && month >= 0) {
      // `May` is a month only next to a day or a year.
      if (lower !== 'may' || /^\d/.test(tokens[i + 1] ?? '') || /^\d/.test(tokens[i - 1] ?? '')) out.push(`m:${month + 1}`);
      continue;
    }
    if (capital && lower in MONTH_ABBR && /^\d/.test(tokens[i + 1] ?? '')) {
      out.push(`m:${MONTH_ABBR[lower]}`);
      continue;
    }
    const weekday = WEEKDAYS_EN.indexOf(lower);
    if (capital && weekday >= 0) {
      out.push(`w:${weekday + 1}`);
      continue;
    }
    if (!words) continue;
    if (lower in EN_ORDINALS) {
      out.push(token(EN_ORDINALS[lower]!));
      continue;
    }
    if (lower in EN_UNITS || lower === 'hundred' || lower === 'thousand' || lower === 'million') {
      // nine hundred and thirty; forty and six thousand and five hundred; an hundred.
      let total = 0;
      let current = 0;
      let j = i;
      let any = false;
      for (; j < tokens.length; j++) {
        const w = tokens[j]!.toLowerCase();
        if (w in EN_UNITS) {
          current += EN_UNITS[w]!;
          any = true;
        } else if (w === 'hundred') {
          current = (current || 1) * 100;
          any = true;
        } else if (w in EN_SCALE) {
          total += (current || 1) * EN_SCALE[w]!;
          current = 0;
          any = true;
        } else if (w === 'and' && any && j + 1 < tokens.length && isNumberWord(tokens[j + 1]!.toLowerCase())) {
          continue;
        } else {
          break;
        }
      }
      const value = total + current;
      // `one` alone is mostly a pronoun.
      if (!(lower === 'one' && j === i + 1)) out.push(token(value));
      i = j - 1;
    }
  }
  return out;
}

function isNumberWord(word: string): boolean {
  return word in EN_UNITS || word === 'hundred' || word in EN_SCALE;
}
