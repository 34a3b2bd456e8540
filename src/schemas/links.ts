import { z } from 'astro/zod';
import { ClauseId } from './clause.ts';

/** Where a theme's term was found in a clause's text: UTF-16 offsets, end exclusive. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().positive()]);

export const ThemeLink = z.strictObject({
  theme: z.string(),
  /** Matched spans, in text order, none inside another. */
  spans: z.array(Span).min(1),
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
