import { z } from 'astro/zod';
import { ClauseId } from './clause.ts';

/**
 * What kind of reading an editor is asked to confirm. Each is a decision the pipeline took by
 * rule where a reader could have read the text another way.
 */
export const ReviewKind = z.enum([
  /** Source lines joined into one paragraph (hard-wrapped PDF lines, web lines broken mid-sentence). */
  'joined-lines',
  /** A paragraph that opens like numbering (`1、`, `一.`) but was read as text. */
  'numbering-as-text',
  /** `一是…二是…`, `（1）…（2）…`, `①…②…` inside one clause: kept as one clause. */
  'inline-enumeration',
  /** Markup of the extraction removed by rule (`[bookmark: …]`, `#`, `- ◆`). */
  'markup-removed',
  /** A clause linked to a theme only by a term inside a cited title 《…》: a mention, perhaps not the subject. */
  'theme-in-citation',
  /** A page header (masthead) linked to a theme. */
  'theme-in-header',
  /** A theme's term only as one example in a list closed by 等 (`体育、美育、生活等设施`): read as a mention. */
  'theme-in-list',
  /** A figure near a target word that no target record reads (from the targets gap report). */
  'target-not-read',
]);
export type ReviewKind = z.infer<typeof ReviewKind>;

/** The stage that finds an item, and the only one that adds or drops items of its kind. */
export const ReviewStage = z.enum(['ingest', 'targets']);
export type ReviewStage = z.infer<typeof ReviewStage>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
const Said = z.string().trim().min(1);

const ItemFields = {
  /**
   * Stable across edits elsewhere in the source: built from the kind, the clause id and the text
   * concerned, never from a line number. Do not edit it; the pipeline matches items by it.
   */
  key: z.string().min(1),
  stage: ReviewStage,
  kind: ReviewKind,
  /** The clause concerned, as published (`p2-s1-q1`). */
  clause: ClauseId,
  /** Its label in the document's terms (`二（一）·第1段`). */
  label: z.string(),
  /** The text concerned, as in the source (`⏎` marks where lines were joined). */
  text: z.string(),
  /** What the pipeline did. */
  decision: z.string().min(1),
};

/**
 * One item of `sources/<id>/review.json`. The pipeline writes it `open`; an editor who agrees
 * with the decision sets `accepted` with `by`, `on` and a `note`; an editor who changed the
 * source's hints or corrections so that it no longer arises may set `fixed` (the next run drops
 * it, or fails if it still arises).
 */
export const ReviewItem = z.discriminatedUnion('status', [
  z.strictObject({ ...ItemFields, status: z.literal('open') }),
  z.strictObject({
    ...ItemFields,
    status: z.literal('accepted'),
    /** Who read the item and agrees with the decision. */
    by: Said,
    /** When, `YYYY-MM-DD`. */
    on: Day,
    /** Why the decision is right, in a sentence. */
    note: Said,
  }),
  z.strictObject({ ...ItemFields, status: z.literal('fixed'), by: Said.optional(), on: Day.optional(), note: Said.optional() }),
]);
export type ReviewItem = z.infer<typeof ReviewItem>;
export type ReviewStatus = ReviewItem['status'];

/** `sources/<id>/review.json`: the decisions of the pipeline an editor reviews, per document. */
export const ReviewFile = z
  .strictObject({
    document: z.string().min(1),
    items: z.array(ReviewItem),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.items.forEach((item, i) => {
      if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: ['items', i, 'key'], message: `duplicate key "${item.key}"` });
      seen.add(item.key);
    });
  });
export type ReviewFile = z.infer<typeof ReviewFile>;
