import { z } from 'astro/zod';

/** A policy theme that plans share, matched in clause text by literal terms. */
export const Theme = z.strictObject({
  /** ASCII id used in URLs: `/themes/<id>/`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Chinese name, the page's `<h1>`, e.g. `鲁班工坊`. */
  name: z.string().min(1),
  /** English name, e.g. `Luban Workshops`. */
  nameEn: z.string().min(1),
  /** Which family of policy the theme belongs to. */
  group: z.enum(['opening', 'modernisation']),
  /** What the theme covers, in Chinese, one or two sentences. */
  description: z.string().min(1),
  /** The same in English. */
  descriptionEn: z.string().min(1),
  /**
   * Literal terms that signal the theme, aliases included (友好学校, 姊妹学校, 友校, 盟校).
   * Matched as substrings of the clause text; the longest match at a position wins.
   */
  terms: z.array(z.string().min(1)).min(1),
  /** Literal look-alikes that are not the theme (鲁班奖 for 鲁班工坊); a term inside one of these does not count. */
  exclude: z.array(z.string().min(1)).default([]),
  /** Ids of related themes. */
  related: z.array(z.string()).default([]),
  /**
   * Ids of broader themes this one is a case of: a clause on a Luban Workshop is on offshore
   * education too, whether or not it says 境外办学. Its links are added to each broader theme.
   */
  broader: z.array(z.string()).default([]),
});
export type Theme = z.infer<typeof Theme>;

/** One document an editor has judged whole for the golden set. */
export const GoldenJudgement = z.strictObject({
  /** Document id (`sources/<id>/`). Every clause of it was read for every theme. */
  document: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Who judged it. */
  by: z.string().min(1),
  /** When, as YYYY-MM-DD. */
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD'),
});
export type GoldenJudgement = z.infer<typeof GoldenJudgement>;

/**
 * `content/themes-golden.json`: an editor's judgement, by meaning rather than by term, of which
 * clauses are about each theme. The linker is measured against it over the judged documents only;
 * a document not listed in `judged` is not measured, whatever links it has.
 */
export const ThemesGolden = z.strictObject({
  judged: z.array(GoldenJudgement).min(1),
  /** Theme id → judged document id → ids of the clauses about the theme. */
  themes: z.record(z.string(), z.record(z.string(), z.array(z.string().min(1)))),
  /**
   * Theme id → judged document id → ids of the clauses that name the theme only in passing (a cited
   * title, an example in a list, a meeting hosted): a link to them is right if it says `mention`.
   */
  mentions: z.record(z.string(), z.record(z.string(), z.array(z.string().min(1)))).default({}),
});
export type ThemesGolden = z.infer<typeof ThemesGolden>;
