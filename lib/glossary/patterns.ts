import type { Term } from '@/lib/content/schema';
import { formsOf } from '@/lib/content/glossary';
import { createMatcher, type Matcher, type Pattern } from './matcher';

/** Every written form of every term, as matcher patterns. */
export function patternsFor(terms: readonly Term[]): Pattern[] {
  return terms.flatMap((term) => {
    const caseSensitive = term.en.case === 'sensitive';
    return [...new Set(formsOf(term))].map((text) => ({ text, termId: term.id, caseSensitive }));
  });
}

export function glossaryMatcher(terms: readonly Term[]): Matcher {
  return createMatcher(patternsFor(terms));
}
