/**
 * What the aligner reads in a paragraph of Markdown: the visible text (link text,
 * image alt, no markup), the link targets, and how much of it is in which script.
 */

export interface PlainText {
  /** Visible text, whitespace collapsed. */
  text: string;
  /** Link and image targets, in order. */
  urls: string[];
}

const LINK = /(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const BARE_URL = /\bhttps?:\/\/[^\s<>()\]]+/g;

export function plainText(markdown: string): PlainText {
  const urls: string[] = [];
  let text = markdown.replace(LINK, (_m, _bang: string, label: string, url: string) => {
    urls.push(url);
    return label;
  });
  text = text.replace(BARE_URL, (url) => {
    urls.push(url);
    return ' ';
  });
  text = text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, urls };
}

/** A URL as an anchor: scheme, `www.` and a trailing slash do not matter. */
export function normalizeUrl(url: string): string {
  return url.trim().replace(/^https?:\/\/(www\.)?/i, '').replace(/\/+$/, '').toLowerCase();
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const LATIN = /[\p{Script=Latin}0-9]/u;

/** Characters of Han script (with CJK punctuation) and of Latin script (with digits and the spaces between Latin words). */
export function scriptLengths(text: string): { cjk: number; latin: number } {
  let cjk = 0;
  let latin = 0;
  let prevLatin = false;
  for (const ch of text) {
    if (CJK.test(ch)) {
      cjk++;
      prevLatin = false;
    } else if (LATIN.test(ch)) {
      latin++;
      prevLatin = true;
    } else if (ch === ' ') {
      if (prevLatin) latin++;
    } else {
      // Other punctuation counts as Latin-side length: it is in both kinds of text.
      latin += 0.5;
    }
  }
  return { cjk, latin };
}

export type Script = 'zh' | 'en';

/**
 * The language of a whole text by its letters: Chinese when Han characters make up
 * a fair share of them. Returns undefined when there are almost no letters at all.
 */
export function detectScript(text: string): Script | undefined {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  if (han + latin < 2) return undefined;
  // A Chinese character carries about as much as four Latin letters.
  return han * 4 >= (han * 4 + latin) * 0.3 ? 'zh' : 'en';
}
