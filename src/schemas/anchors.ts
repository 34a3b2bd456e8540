import { z } from 'astro/zod';
import { ClauseId } from './clause.ts';

/**
 * What a released anchor showed, enough to notice when it shows something else. Whitespace is
 * left out before anything is measured, so reflowing a paragraph changes nothing.
 */
export const AnchorFingerprint = z.strictObject({
  /** SHA-256 of the text without whitespace, first 12 hex digits. */
  hash: z.string().regex(/^[0-9a-f]{12}$/, 'a fingerprint hash is 12 lowercase hex digits'),
  /** Characters in the text without whitespace. */
  length: z.number().int().nonnegative(),
  /**
   * The text without whitespace; past {@link SAMPLE_LIMIT} characters only its first and last
   * halves of that limit, joined by `…`, so the file stays bounded whatever a clause holds.
   */
  text: z.string(),
});
export type AnchorFingerprint = z.infer<typeof AnchorFingerprint>;

/** Longest text a fingerprint keeps whole. */
export const SAMPLE_LIMIT = 400;

/** Every clause anchor of a release, in document order: document id → clause id → fingerprint. */
export const AnchorRelease = z.record(z.string(), z.record(ClauseId, AnchorFingerprint));
export type AnchorRelease = z.infer<typeof AnchorRelease>;

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
