import { z } from 'astro/zod';
import { ClauseId } from './clause.ts';

/** A weighted key: `["鲁班工坊", 0.82]`. */
const Weighted = z.tuple([z.string().min(1), z.number().nonnegative()]);

/** What the aligner weighs for one clause (src/lib/align/score.ts), as the compare page receives it. */
export const ClauseEvidenceData = z.strictObject({
  /** Theme ids, weighted by how rare the theme is among clauses. */
  themes: z.array(Weighted),
  /** Named programmes (“…”) and cited titles (《…》), weighted 0–1. */
  names: z.array(Weighted),
  /** The clause's heaviest words, TF-IDF weighted, boilerplate weighted down. */
  words: z.array(Weighted),
  /** Indicators of the figures the clause states. */
  indicators: z.array(z.string()),
});
export type ClauseEvidenceData = z.infer<typeof ClauseEvidenceData>;

/** One aligned clause in another plan, with the evidence that pairs them. */
export const AlignedClause = z.strictObject({
  document: z.string(),
  clause: ClauseId,
  /** The aligner's score; pairs are kept at or above the calibrated threshold. */
  score: z.number().nonnegative(),
  /** Shared themes, strongest first. */
  themes: z.array(z.string()),
  /** Shared names, strongest first. */
  names: z.array(z.string()),
  /** Shared words that weigh most in the pair, strongest first (at most 4). */
  words: z.array(z.string()),
  /** Indicators both clauses give figures for. */
  indicators: z.array(z.string()),
  /**
   * Who pairs them: `aligner` (scored at or above the threshold), `editor` (judged aligned by reading,
   * content/alignments-golden.json, whatever the score), or `both`.
   */
  by: z.enum(['aligner', 'editor', 'both']),
});
export type AlignedClause = z.infer<typeof AlignedClause>;

/** `content/alignments/<document>.json`: each alignable clause's evidence and aligned clauses. */
export const DocumentAlignments = z.strictObject({
  document: z.string(),
  clauses: z.record(ClauseId, z.strictObject({ evidence: ClauseEvidenceData, aligned: z.array(AlignedClause) })),
});
export type DocumentAlignments = z.infer<typeof DocumentAlignments>;
