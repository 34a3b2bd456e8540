/**
 * The targets stage's review items: each figure of the gap report (a number near a target word
 * that no record reads and no reviewed entry rules out), for `sources/<id>/review.json`. The gap
 * report decides what is a gap; this only words it for an editor. Pure.
 */
import { reviewKey, uniqueKeys, type ReviewFinding } from '../ingest/review.ts';
import type { Gap } from './gaps.ts';
import type { SourceDocument } from './source.ts';

/** Document id → its items, every document listed (so items that no longer arise are dropped). */
export function targetReviewItems(docs: readonly SourceDocument[], gaps: readonly Gap[]): Map<string, ReviewFinding[]> {
  return new Map(
    docs.map((doc) => {
      const items = gaps
        .filter((g) => g.document === doc.id)
        .map((g): ReviewFinding => {
          const clause = doc.clauses.find((c) => c.id === g.clause);
          return {
            // The figure with its sentence: the same figure twice in a clause stays two items.
            key: reviewKey('target-not-read', g.clause, `${g.printed}@${g.sentence}`),
            stage: 'targets',
            kind: 'target-not-read',
            clause: g.clause,
            label: clause?.label ?? g.clause,
            text: g.sentence,
            decision: `“${g.printed}” stands near “${g.cue}” in ${g.clause} (${clause?.label ?? '?'}) but no target record reads it`,
            file: `sources/${doc.id}/text.txt`,
            line: clause?.line ?? 1,
          };
        });
      return [doc.id, uniqueKeys(items)];
    }),
  );
}
