import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as qaModule from '@/lib/qa';
import { qaArticle } from '@/lib/qa';
import { pairArticle } from '@/lib/content/article';
import { parseGlossary } from '@/lib/content/glossary';
import { loadContent } from '@/lib/content/load';
import { parseArticleFile } from '@/lib/content/markdown-file';

const glossary = parseGlossary(
  `- id: elon-musk
  type: person
  zh: { form: 埃隆·马斯克, aliases: [马斯克] }
  en: { form: Elon Musk, aliases: [Musk] }
  note: { zh: 企业家。, en: Entrepreneur. }
- id: microsoft
  type: organization
  zh: { form: 微软 }
  en: { form: Microsoft }
  note: { zh: 公司。, en: A company. }
`,
  'glossary.yaml',
);

const front = (origin: string) => `---
title: T
description: D
source: https://example.com/a
publisher: P
date: 2023-03-24
origin: ${origin}
---
`;

/** An article from literal units: [id, zh, en], either side may be null (then `only`). */
function article(units: [string, string | null, string | null][]) {
  const file = (side: 1 | 2) =>
    front(side === 1 ? 'translation' : 'original') +
    units
      .filter((u) => u[side] !== null)
      .map((u) => `\n<!-- unit ${u[0]}${u[3 - side] === null ? ' only' : ''} -->\n\n${u[side]}\n`)
      .join('');
  return pairArticle('a', { zh: parseArticleFile(file(1), 'zh.md'), en: parseArticleFile(file(2), 'en.md') });
}

const fine: [string, string, string][] = [
  ['u01', '2018 年，马斯克离开了董事会，此后不再捐款。', 'In 2018, Musk left the board and stopped giving money.'],
  ['u02', '微软向这家公司投资了 10 亿美元，并提供了基础设施。', 'Microsoft invested $1 billion in the company and supplied infrastructure.'],
  ['u03', '3 月 15 日，他又发了一条[推文](https://x.com/1)，表达不满。', 'On March 15, he posted another [tweet](https://x.com/1) to complain.'],
  ['u04', '这一决定让一些投资者感到失望，他们担心前景。', 'The decision disappointed some investors, who worried about the outlook.'],
];

describe('lib/qa', () => {
  it('exports the qa API', () => {
    expect(Object.keys(qaModule)).toEqual(['qaArticle']);
  });

  it('finds nothing in a faithful article', () => {
    expect(qaArticle(article(fine), glossary)).toEqual([]);
  });

  it('finds a glossary term whose counterpart is missing', () => {
    const units = fine.map((u) => [...u] as [string, string, string]);
    units[1]![2] = 'The company got $1 billion and infrastructure from its new investor.';
    expect(qaArticle(article(units), glossary)).toEqual([
      { article: 'a', unit: 'u02', kind: 'term', term: 'microsoft', side: 'en', message: 'zh has `微软` (microsoft) but en has none of `Microsoft`', file: 'en.md', line: 14 },
    ]);
  });

  it('finds numbers that disagree, amounts and dates included', () => {
    const units = fine.map((u) => [...u] as [string, string, string]);
    units[1]![1] = '微软向这家公司投资了 100 亿美元，并提供了基础设施。';
    units[2]![2] = 'On March 16, he posted another [tweet](https://x.com/1) to complain.';
    const issues = qaArticle(article(units), glossary).map((i) => [i.unit, i.kind, i.term, i.side, i.message]);
    expect(issues).toEqual([
      ['u02', 'number', '10000000000', 'en', 'zh has the number 10,000,000,000, en does not'],
      ['u02', 'number', '1000000000', 'zh', 'en has the number 1,000,000,000, zh does not'],
      ['u03', 'number', '15', 'en', 'zh has the number 15, en does not'],
      ['u03', 'number', '16', 'zh', 'en has the number 16, zh does not'],
    ]);
  });

  it('finds a link on one side only', () => {
    const units = fine.map((u) => [...u] as [string, string, string]);
    units[2]![1] = '3 月 15 日，他又发了一条推文，表达不满。';
    expect(qaArticle(article(units), glossary).map((i) => [i.unit, i.kind, i.term, i.side, i.message])).toEqual([
      ['u03', 'link', 'https://x.com/1', 'zh', 'link to https://x.com/1 in en only'],
    ]);
  });

  it('finds a unit whose length ratio is far from the article norm', () => {
    const units = fine.map((u) => [...u] as [string, string, string]);
    units[3]![2] += ' Several of them said so at length in letters to the board, and one of them threatened to pull out of the next funding round altogether.';
    const issues = qaArticle(article(units), glossary);
    expect(issues.map((i) => [i.unit, i.kind, i.side])).toEqual([['u04', 'length', null]]);
    expect(issues[0]!.message).toMatch(/^the English is \d\.\d× longer relative to the Chinese than is usual in this article/);
  });

  it('skips one-sided units', () => {
    expect(qaArticle(article([...fine, ['credit', '路透社/马斯克/10 亿', null]]), glossary)).toEqual([]);
  });

  it('passes the shipped article clean', () => {
    const content = loadContent(path.resolve(__dirname, '../../content'));
    expect(content.articles.flatMap((a) => qaArticle(a, content.glossary))).toEqual([]);
  });
});
