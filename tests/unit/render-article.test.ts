import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { buildConcordance } from '@/lib/markdown/concordance';
import { locales } from '@/lib/i18n/locales';
import { highlightTerm } from '@/lib/markdown/highlight';
import { renderArticle } from '@/lib/markdown/render-article';
import { toHtml } from './to-html';

const content = loadContent('content');
const article = content.articles[0]!;
const blocksBefore = JSON.stringify(article.units);
const rendered = renderArticle(article, content.glossary);
const unit = (id: string) => rendered.units.find((u) => u.id === id)!;

/** The term buttons of a tree, in document order. */
function buttons(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'button' && typeof node.properties.dataTerm === 'string') found.push(node);
  });
  return found;
}
const textOf = (node: Element) => node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

const button = (termId: string, text: string, first = false) =>
  `<button type="button" class="term" data-term="${termId}" popovertarget="note-${termId}" aria-controls="note-${termId}"${first ? ' data-first' : ''}>${text}</button>`;

describe('module exports', () => {
  it('pins the exports of the rendering modules', async () => {
    expect(Object.keys(await import('@/lib/markdown/render-article')).sort()).toEqual(['renderArticle']);
    expect(Object.keys(await import('@/lib/markdown/articles')).sort()).toEqual(['getConcordance', 'getConcordanceGroups', 'getRenderedArticle']);
    expect(Object.keys(await import('@/lib/markdown/highlight')).sort()).toEqual(['highlightTerm']);
    expect(Object.keys(await import('@/lib/markdown/concordance')).sort()).toEqual(['buildConcordance']);
  });
});

describe('renderArticle on the real content', () => {
  it('renders every unit and every side it has', () => {
    expect(rendered.slug).toBe(article.slug);
    expect(rendered.meta).toBe(article.meta);
    expect(rendered.units.map((u) => [u.id, Object.keys(u.sides)])).toEqual(
      article.units.map((u) => [u.id, Object.keys(u.sides)]),
    );
    for (const u of rendered.units) {
      for (const side of Object.values(u.sides)) expect(side!.tree.children.some((c) => c.type === 'element')).toBe(true);
    }
  });

  it('lists the terms of each side in order of first occurrence, matching the buttons in its tree', () => {
    for (const u of rendered.units) {
      for (const side of Object.values(u.sides)) {
        const ids = buttons(side!.tree).map((b) => b.properties.dataTerm);
        expect(side!.occurrences).toEqual(ids);
        expect(side!.termIds).toEqual([...new Set(ids)]);
      }
    }
    expect(unit('u01').sides.zh!.termIds).toEqual(['elon-musk', 'sam-altman', 'silicon-valley', 'tesla', 'model-3']);
    expect(unit('u01').sides.en!.termIds).toEqual(['elon-musk', 'sam-altman', 'silicon-valley', 'tesla', 'model-3']);
    expect(unit('u05').sides.zh!.occurrences).toEqual(['tesla', 'openai', 'andrej-karpathy', 'tesla', 'self-driving']);
    expect(unit('u05').sides.en!.occurrences).toEqual(['tesla', 'andrej-karpathy', 'openai', 'tesla', 'self-driving']);
    expect(unit('u05').sides.en!.termIds).toEqual(['tesla', 'andrej-karpathy', 'openai', 'self-driving']);
    // The source line is a link: no terms inside it.
    expect(unit('source').sides.zh!.termIds).toEqual([]);
  });

  it('lists each glossary entry used once, in order of first use, as the glossary’s own objects', () => {
    const firstUse = [...new Set(rendered.units.flatMap((u) => locales.flatMap((l) => u.sides[l]?.termIds ?? [])))];
    expect(rendered.terms.map((t) => t.id)).toEqual(firstUse);
    for (const term of rendered.terms) expect(term).toBe(content.glossary.byId.get(term.id));
    expect(rendered.terms.length).toBeGreaterThanOrEqual(25);
    expect(rendered.terms.slice(0, 5).map((t) => t.id)).toEqual(['elon-musk', 'sam-altman', 'silicon-valley', 'tesla', 'model-3']);
  });

  it('maps 卡帕西 in Chinese u05 and Karpathy in English u05 to the same term', () => {
    const zh = buttons(unit('u05').sides.zh!.tree).filter((b) => textOf(b).includes('卡帕西'));
    const en = buttons(unit('u05').sides.en!.tree).filter((b) => textOf(b).includes('Karpathy'));
    expect(zh.map((b) => [textOf(b), b.properties.dataTerm])).toEqual([['安德烈·卡帕西', 'andrej-karpathy']]);
    expect(en.map((b) => [textOf(b), b.properties.dataTerm])).toEqual([['Andrej Karpathy', 'andrej-karpathy']]);
  });

  it('renders a unit to exact HTML', () => {
    expect(toHtml(unit('u05').sides.en!.tree)).toBe(
      `<p>There was some truth to that rivalry. ${button('tesla', 'Tesla')} had already lured away ${button('andrej-karpathy', 'Andrej Karpathy', true)}, one of the best minds at ${button('openai', 'OpenAI')}, and he became the architect of ${button('tesla', 'Tesla')}'s ${button('self-driving', 'self-driving')} program.</p>`,
    );
    expect(toHtml(unit('source').sides.zh!.tree)).toBe(
      '<blockquote>\n<p>原文链接：<a href="https://www.semafor.com/article/03/24/2023/the-secret-history-of-elon-musk-sam-altman-and-openai"><code>www.semafor.com/article/03/24/2023/the-secret-history-of-elon-musk-sam-altman-and-openai</code></a></p>\n</blockquote>',
    );
  });

  it('marks the first occurrence of each term in each language, and only that one', () => {
    for (const locale of locales) {
      const all = rendered.units.flatMap((u) => (u.sides[locale] ? buttons(u.sides[locale].tree) : []));
      const firsts = all.filter((b) => b.properties.dataFirst === true).map((b) => b.properties.dataTerm);
      expect(firsts, locale).toEqual([...new Set(all.map((b) => b.properties.dataTerm))]);
      const seen = new Set<unknown>();
      for (const b of all) {
        expect(b.properties.dataFirst === true, `${locale} ${String(b.properties.dataTerm)}`).toBe(!seen.has(b.properties.dataTerm));
        seen.add(b.properties.dataTerm);
      }
    }
  });

  it('leaves the article’s Markdown blocks untouched, so rendering again gives the same HTML', () => {
    expect(JSON.stringify(article.units)).toBe(blocksBefore);
    const again = renderArticle(article, content.glossary);
    expect(again.units.map((u) => Object.values(u.sides).map((s) => toHtml(s!.tree)))).toEqual(
      rendered.units.map((u) => Object.values(u.sides).map((s) => toHtml(s!.tree))),
    );
  });
});

describe('getRenderedArticle and getConcordance (server, cached)', () => {
  it('renders an article once and indexes where terms occur', async () => {
    const { getArticles } = await import('@/lib/content');
    const { getConcordance, getRenderedArticle } = await import('@/lib/markdown/articles');
    const served = getArticles()[0]!;
    expect(getRenderedArticle(served)).toBe(getRenderedArticle(served));
    expect(getRenderedArticle(served).terms.map((t) => t.id)).toEqual(rendered.terms.map((t) => t.id));
    expect(getConcordance('andrej-karpathy')).toEqual([{ slug: article.slug, unitId: 'u05', n: 6, counts: { zh: 1, en: 1 } }]);
    expect(getConcordance('no-such-term')).toEqual([]);
  });
});

describe('buildConcordance', () => {
  it('lists each unit once per term, with counts per side, in article order', () => {
    const index = buildConcordance([rendered]);
    expect(index.get('tesla')!.filter((o) => o.unitId === 'u05')).toEqual([{ slug: article.slug, unitId: 'u05', n: 6, counts: { zh: 2, en: 2 } }]);
    expect(index.get('the-information')!.map((o) => [o.unitId, o.counts])).toEqual([
      ['u12', { zh: 1, en: 1 }],
      ['u20', { zh: 1, en: 1 }],
    ]);
    expect([...index.keys()].sort()).toEqual(rendered.terms.map((t) => t.id).sort());
  });
});

describe('highlightTerm', () => {
  it('turns one term into <mark> and the others into plain text, on a copy', () => {
    const tree = unit('u05').sides.en!.tree;
    const before = toHtml(tree);
    expect(toHtml(highlightTerm(tree, 'andrej-karpathy'))).toBe(
      "<p>There was some truth to that rivalry. Tesla had already lured away <mark>Andrej Karpathy</mark>, one of the best minds at OpenAI, and he became the architect of Tesla's self-driving program.</p>",
    );
    expect(toHtml(tree)).toBe(before);
  });
});
