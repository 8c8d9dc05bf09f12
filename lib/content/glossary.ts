import { ContentError } from './errors';
import { glossarySchema, type Term } from './schema';
import { parseYaml } from './yaml';

export interface Glossary {
  terms: Term[];
  byId: Map<string, Term>;
}

/** Every written form of a term (both languages, aliases included), in declaration order. */
export function formsOf(term: Term): string[] {
  return [term.zh.form, ...term.zh.aliases, term.en.form, ...term.en.aliases];
}

/**
 * Parse and validate `glossary.yaml`. Besides the schema, ids must be unique and no
 * written form may belong to two terms: the matcher could not tell which one is meant.
 */
export function parseGlossary(text: string, file: string): Glossary {
  const { data: terms, locate } = parseYaml({ text, file }, glossarySchema);
  const byId = new Map<string, Term>();
  const owner = new Map<string, { id: string; index: number }>();
  terms.forEach((term, index) => {
    if (byId.has(term.id)) {
      const { line, column } = locate([index, 'id']);
      throw new ContentError(file, line, column, `duplicate glossary id \`${term.id}\``);
    }
    byId.set(term.id, term);
    const seen = new Set<string>();
    for (const form of formsOf(term)) {
      // Case-insensitive entries claim every casing of a form.
      const key = form.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const previous = owner.get(key);
      if (previous) {
        const { line, column } = locate([index]);
        const where = locate([previous.index]);
        throw new ContentError(file, line, column,
          `form \`${form}\` of \`${term.id}\` is already claimed by \`${previous.id}\` (line ${where.line})`);
      }
      owner.set(key, { id: term.id, index });
    }
  });
  return { terms, byId };
}
