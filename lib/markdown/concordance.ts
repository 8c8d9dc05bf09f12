import type { RenderedArticle } from './render-article';
import { locales, type Locale } from '@/lib/i18n/locales';

/** One unit in which a term occurs, with how often on each side. */
export interface Occurrence {
  slug: string;
  unitId: string;
  /** 1-based position of the unit in its article, as the reader numbers it. */
  n: number;
  counts: Partial<Record<Locale, number>>;
}

/**
 * Where each term occurs: for every term id, the units of every article that
 * contain it, in article order and then document order, each unit once.
 */
export function buildConcordance(articles: readonly RenderedArticle[]): Map<string, Occurrence[]> {
  const index = new Map<string, Occurrence[]>();
  for (const article of articles) {
    article.units.forEach((unit, position) => {
      const here = new Map<string, Occurrence>();
      for (const locale of locales) {
        for (const termId of unit.sides[locale]?.occurrences ?? []) {
          let entry = here.get(termId);
          if (!entry) {
            entry = { slug: article.slug, unitId: unit.id, n: position + 1, counts: {} };
            here.set(termId, entry);
            const list = index.get(termId) ?? [];
            list.push(entry);
            index.set(termId, list);
          }
          entry.counts[locale] = (entry.counts[locale] ?? 0) + 1;
        }
      }
    });
  }
  return index;
}
