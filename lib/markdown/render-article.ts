import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Article } from '@/lib/content/article';
import type { Glossary } from '@/lib/content/glossary';
import type { ArticleMeta, Term } from '@/lib/content/schema';
import { glossaryMatcher } from '@/lib/glossary/patterns';
import { locales, type Locale } from '@/lib/i18n/locales';
import { assetBase } from './asset-base';
import { createPipeline } from './pipeline';

export interface RenderedSide {
  tree: Root;
  /** Ids of the terms in this side, each once, in order of first occurrence. */
  termIds: string[];
  /** The term id of every occurrence, in document order. */
  occurrences: string[];
}

export interface RenderedUnit {
  id: string;
  sides: Partial<Record<Locale, RenderedSide>>;
}

export interface RenderedArticle {
  slug: string;
  meta: Record<Locale, ArticleMeta>;
  units: RenderedUnit[];
  /** The glossary entries that occur in the article: one note each per page. */
  terms: Term[];
}

export function renderArticle(article: Article, glossary: Glossary): RenderedArticle {
  const pipeline = createPipeline(glossaryMatcher(glossary.terms), { assetBase: assetBase(article.slug) });
  const used = new Set<string>();
  // The first occurrence of each term per language: what "first occurrence" annotation keeps.
  const seen = Object.fromEntries(locales.map((l) => [l, new Set<string>()])) as Record<Locale, Set<string>>;
  const units = article.units.map((unit) => {
    const sides: RenderedUnit['sides'] = {};
    for (const locale of locales) {
      const side = unit.sides[locale];
      if (!side) continue;
      const occurrences: string[] = [];
      const tree = pipeline.render(side.blocks, (id) => occurrences.push(id));
      const termIds = [...new Set(occurrences)];
      termIds.forEach((id) => used.add(id));
      markFirsts(tree, seen[locale]);
      sides[locale] = { tree, termIds, occurrences };
    }
    return { id: unit.id, sides };
  });
  const terms = [...used].map((id) => glossary.byId.get(id)!);
  return { slug: article.slug, meta: article.meta, units, terms };
}

function markFirsts(tree: Root, seen: Set<string>) {
  visit(tree, 'element', (node: Element) => {
    const id = node.properties.dataTerm;
    if (typeof id !== 'string' || seen.has(id)) return;
    seen.add(id);
    node.properties.dataFirst = true;
  });
}
