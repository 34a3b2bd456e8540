import { z } from 'astro/zod';
import { ClauseId } from './clause.ts';

/** Every clause anchor of a release: document id → clause ids. */
export const AnchorList = z.record(z.string(), z.array(ClauseId));
export type AnchorList = z.infer<typeof AnchorList>;

/** An anchor that moved: links to `from` keep working through an alias anchor at `to`. */
export const AnchorRedirect = z.strictObject({
  document: z.string(),
  from: ClauseId,
  to: ClauseId,
  /** Why the anchor moved, for the record. */
  reason: z.string().min(1),
});
export type AnchorRedirect = z.infer<typeof AnchorRedirect>;
export const AnchorRedirects = z.array(AnchorRedirect);
