import { z } from 'astro/zod';
import { ClauseId } from './clause.ts';

/**
 * The fingerprint of the Chinese text a translation was made from: the first 12 hex digits of the
 * SHA-256 of the text with all whitespace removed (`sourceFingerprint` in src/lib/translations/fingerprint.ts).
 * When the Chinese changes, the fingerprint no longer matches and the translation is stale.
 */
export const SourceFingerprint = z.string().regex(/^[0-9a-f]{12}$/, 'a source fingerprint is 12 lowercase hex digits');

/** One translated text: what it translates (by fingerprint) and the English. */
export const TranslatedText = z.strictObject({
  source: SourceFingerprint,
  /** The whole text in English, numbering included and rendered the English way (`一、` → `1.`, `（一）` → `(1)`). */
  en: z.string().trim().min(1),
});
export type TranslatedText = z.infer<typeof TranslatedText>;

/** One clause of `content/clauses/<document>.json` in English. */
export const TranslatedClause = TranslatedText.extend({
  /** The heading alone, without its number: present when the Chinese clause has a heading. */
  heading: z.string().trim().min(1).optional(),
  /** One English string per Chinese table cell, same count: present when the Chinese clause has cells. */
  cells: z.array(z.string()).optional(),
});
export type TranslatedClause = z.infer<typeof TranslatedClause>;


/**
 * `content/translations/<document>.json`: Duidu's unofficial English of one document, clause by
 * clause, keyed by clause id in document order. The Chinese stays the authority.
 */
export const Translation = z.strictObject({
  document: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  translatedBy: z.string().trim().min(1),
  /** `YYYY-MM-DD`. */
  translatedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'translatedOn is YYYY-MM-DD'),
  /**
   * English of frontmatter fields of content/plans/<document>.mdx (`note`, `title`, …), each with
   * the fingerprint of the Chinese field it translates.
   */
  metadata: z.record(z.string(), TranslatedText).default({}),
  clauses: z.record(ClauseId, TranslatedClause),
});
export type Translation = z.infer<typeof Translation>;

/** `content/translations/glossary.json`: the English of recurring terms, used whenever the Chinese occurs. */
export const GlossaryTerm = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
  /** The form of the first occurrence in a document, e.g. `Luban Workshop (鲁班工坊)`. */
  firstUse: z.string().min(1).optional(),
  kind: z.enum(['political', 'programme', 'body', 'term']),
  note: z.string().optional(),
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const Glossary = z.strictObject({ terms: z.array(GlossaryTerm) }).superRefine((g, ctx) => {
  const seen = new Set<string>();
  g.terms.forEach((t, i) => {
    if (seen.has(t.zh)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'zh'], message: `"${t.zh}" is in the glossary twice` });
    seen.add(t.zh);
  });
});
export type Glossary = z.infer<typeof Glossary>;
