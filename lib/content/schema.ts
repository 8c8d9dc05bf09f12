import { z } from 'zod';

const text = z.string().trim().min(1);

/** Frontmatter of one language file of an article. */
export const articleMetaSchema = z.strictObject({
  title: text,
  description: text,
  source: z.url({ protocol: /^https?$/ }),
  publisher: text,
  date: z.iso.date(),
  /** original: the source text; translation: someone's translation of it; rendering: our own text made from the other side. */
  origin: z.enum(['original', 'translation', 'rendering']),
  note: text.optional(),
});
export type ArticleMeta = z.output<typeof articleMetaSchema>;

export const termTypes = ['person', 'organization', 'product', 'publication', 'term'] as const;
export type TermType = (typeof termTypes)[number];

const forms = z.strictObject({
  form: text,
  aliases: z.array(text).default([]),
});

export const termSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  type: z.enum(termTypes),
  zh: forms,
  en: forms.extend({
    /** How Latin-script forms match: names are case-sensitive, common nouns are not. */
    case: z.enum(['sensitive', 'insensitive']).default('sensitive'),
  }),
  note: z.strictObject({ zh: text, en: text }),
});
export type Term = z.output<typeof termSchema>;

export const glossarySchema = z.array(termSchema).min(1);
