import type { ClauseEvidenceData } from '../../schemas/alignment.ts';
import type { ClauseEvidence } from './score.ts';

/** A clause's evidence as published (content/alignments, the compare page's data) back to weighted sets. */
export function evidenceFromData(d: ClauseEvidenceData): ClauseEvidence {
  return { themes: new Map(d.themes), names: new Map(d.names), words: new Map(d.words), indicators: new Set(d.indicators) };
}
