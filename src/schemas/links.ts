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

export const SimilarLink = z.strictObject({
  document: z.string(),
  clause: ClauseId,
  /** Cosine similarity of TF-IDF character-bigram vectors, 0–1. */
  score: z.number().min(0).max(1),
});
export type SimilarLink = z.infer<typeof SimilarLink>;

/** `content/links/<document>.json`: what each clause of one document links to. */
export const DocumentLinks = z.strictObject({
  document: z.string(),
  clauses: z.record(
    ClauseId,
    z.strictObject({
      themes: z.array(ThemeLink),
      similar: z.array(SimilarLink),
    }),
  ),
});
export type DocumentLinks = z.infer<typeof DocumentLinks>;

/** `content/theme-index.json`: theme → document → clause ids, in document order. */
export const ThemeIndex = z.record(z.string(), z.record(z.string(), z.array(ClauseId)));
export type ThemeIndex = z.infer<typeof ThemeIndex>;
