import type { Root } from 'hast';
import type { Article } from '@/lib/content/article';
import type { Glossary } from '@/lib/content/glossary';
import type { ArticleMeta, Term } from '@/lib/content/schema';
import { glossaryMatcher } from '@/lib/glossary/patterns';
import { locales, type Locale } from '@/lib/i18n/locales';
import { createPipeline } from './pipeline';

export interface RenderedSide {
  tree: Root;
  /** Ids of the terms in this side, each once, in order of first occurrence. */
  termIds: string[];
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
  const pipeline = createPipeline(glossaryMatcher(glossary.terms));
  const used = new Set<string>();
  const units = article.units.map((unit) => {
    const sides: RenderedUnit['sides'] = {};
    for (const locale of locales) {
      const side = unit.sides[locale];
      if (!side) continue;
      const termIds = new Set<string>();
      const tree = pipeline.render(side.blocks, (id) => termIds.add(id));
      termIds.forEach((id) => used.add(id));
      sides[locale] = { tree, termIds: [...termIds] };
    }
    return { id: unit.id, sides };
  });
  const terms = [...used].map((id) => glossary.byId.get(id)!);
  return { slug: article.slug, meta: article.meta, units, terms };
}
