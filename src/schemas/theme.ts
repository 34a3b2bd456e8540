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
});
export type Theme = z.infer<typeof Theme>;
