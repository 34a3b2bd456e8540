import { z } from 'astro/zod';
import { ClauseId } from './clause.ts';

/** Where a theme's term was found in a clause's text: UTF-16 offsets, end exclusive. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().positive()]);

/**
 * `about`: the clause acts on, sets a target for or reports on the theme's subject (one measure of
 * several counts). `mention`: the theme's term occurs in passing: inside a cited title, as one
 * example in a list of what something else covers (体育、美育、生活等基础设施).
 */
export const ThemeRole = z.enum(['about', 'mention']);
export type ThemeRole = z.infer<typeof ThemeRole>;

export const ThemeLink = z.strictObject({
  theme: z.string(),
  /** Matched spans, in text order, none inside another. */
  spans: z.array(Span).min(1),
  role: ThemeRole,
  /** Set when the link comes from a narrower theme's term (鲁班工坊 → 境外办学): that theme's id. */
  via: z.string().optional(),
});
export type ThemeLink = z.infer<typeof ThemeLink>;

/** `content/links/<document>.json`: the themes each clause of one document is on. */
export const DocumentLinks = z.strictObject({
  document: z.string(),
  clauses: z.record(
    ClauseId,
    z.strictObject({
      themes: z.array(ThemeLink),
    }),
  ),
});
export type DocumentLinks = z.infer<typeof DocumentLinks>;

/** `content/theme-index.json`: theme → document → clause ids, in document order. */
export const ThemeIndex = z.record(z.string(), z.record(z.string(), z.array(ClauseId)));
export type ThemeIndex = z.infer<typeof ThemeIndex>;
