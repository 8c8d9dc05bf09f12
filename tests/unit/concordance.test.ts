import type { Element, Root } from 'hast';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { buildConcordance } from '@/lib/markdown/concordance';
import { locales } from '@/lib/i18n/locales';
import { renderArticle } from '@/lib/markdown/render-article';

const content = loadContent(path.join(process.cwd(), 'content'));
const rendered = content.articles.map((article) => renderArticle(article, content.glossary));

function termButtons(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'button' && typeof node.properties.dataTerm === 'string') ids.push(node.properties.dataTerm);
  });
  return ids;
}

describe('buildConcordance on the shipped content', () => {
  const index = buildConcordance(rendered);

  it('finds every occurrence exactly once', () => {
    for (const article of rendered) {
      for (const unit of article.units) {
        for (const locale of locales) {
          const side = unit.sides[locale];
          if (!side) continue;
          const expected = new Map<string, number>();
          for (const id of termButtons(side.tree)) expected.set(id, (expected.get(id) ?? 0) + 1);
          for (const [termId, count] of expected) {
            const entries = index.get(termId)!.filter((o) => o.slug === article.slug && o.unitId === unit.id);
            expect(entries, `${termId} in ${unit.id}`).toHaveLength(1);
            expect(entries[0]!.counts[locale], `${termId} in ${unit.id} ${locale}`).toBe(count);
          }
        }
      }
    }
    const total = [...index.values()].flat().reduce((sum, o) => sum + (o.counts.zh ?? 0) + (o.counts.en ?? 0), 0);
    const buttons = rendered.flatMap((a) => a.units.flatMap((u) => locales.flatMap((l) => (u.sides[l] ? termButtons(u.sides[l]!.tree) : []))));
    expect(total).toBe(buttons.length);
    expect(total).toBeGreaterThan(100);
  });

  it('lists units in document order', () => {
    for (const [termId, entries] of index) {
      const positions = entries.map((o) => o.n);
      expect(positions, termId).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(positions).size, termId).toBe(positions.length);
    }
  });

  it('finds Altman in the units that name him, in both languages', () => {
    const altman = index.get('sam-altman')!;
    expect(altman.map((o) => o.unitId)).toEqual(
      rendered[0]!.units.filter((u) => locales.some((l) => u.sides[l]?.termIds.includes('sam-altman'))).map((u) => u.id),
    );
    expect(altman.find((o) => o.unitId === 'u03')!.counts).toEqual({ zh: 1, en: 1 });
  });
});
