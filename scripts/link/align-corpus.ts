/** The alignment stage over a corpus: evidence for every alignable clause, then aligned pairs, per document. */
import type { Clause } from '../../src/schemas/clause.ts';
import type { AlignedClause, ClauseEvidenceData, DocumentAlignments } from '../../src/schemas/alignment.ts';
import type { ClauseEvidence } from '../../src/lib/align/score.ts';
import { defaultAlignOptions, type AlignOptions } from '../../src/lib/align/score.ts';
import { evidenceFromData } from '../../src/lib/align/evidence-data.ts';
import { alignClauses, defaultIndexOptions, type IndexOptions } from '../../src/lib/align/pairs.ts';
import { applyJudgements, type Judgement } from '../../src/lib/align/judgements.ts';
import { alignable, weighEvidence, defaultWeighting, type EvidenceInput, type WeightingOptions } from './evidence.ts';
import type { Segmenter } from './segment.ts';

export interface AlignDocument {
  id: string;
  clauses: readonly Clause[];
  /** clause id → theme ids. */
  themes: ReadonlyMap<string, readonly string[]>;
  /** clause id → indicator ids. */
  indicators: ReadonlyMap<string, readonly string[]>;
}

export interface AlignCorpusOptions {
  weighting: WeightingOptions;
  align: AlignOptions;
  index: IndexOptions;
}

export const defaultAlignCorpusOptions: AlignCorpusOptions = { weighting: defaultWeighting, align: defaultAlignOptions, index: defaultIndexOptions };

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Evidence as data: weighted keys heaviest first, rounded so the files diff cleanly. */
export function evidenceToData(e: ClauseEvidence): ClauseEvidenceData {
  const list = (w: ReadonlyMap<string, number>) =>
    [...w].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [k, round(v)] as [string, number]);
  return { themes: list(e.themes), names: list(e.names), words: list(e.words), indicators: [...e.indicators].sort() };
}

/**
 * Aligned clauses of every document. With `judgements`, editors' verdicts apply on top of the
 * aligner's (src/lib/align/judgements.ts); without, the aligner's own output (what the gate measures).
 */
export function alignCorpus(docs: readonly AlignDocument[], segment: Segmenter, o: AlignCorpusOptions = defaultAlignCorpusOptions, judgements: readonly Judgement[] = []): DocumentAlignments[] {
  const inputs: EvidenceInput[] = [];
  for (const d of docs) {
    const byId = new Map(d.clauses.map((c) => [c.id, c]));
    for (const c of d.clauses) {
      if (!alignable(c, byId)) continue;
      inputs.push({ document: d.id, clause: c, themes: d.themes.get(c.id) ?? [], indicators: d.indicators.get(c.id) ?? [] });
    }
  }
  // Scores are computed from the rounded data the compare page receives, so both agree exactly.
  const data = weighEvidence(inputs, segment, o.weighting).map(evidenceToData);
  const alignInputs = inputs.map((input, k) => ({ document: input.document, clause: input.clause.id, evidence: evidenceFromData(data[k]!) }));
  const pairs = applyJudgements(alignInputs, alignClauses(alignInputs, o.align, o.index), judgements, o.align);
  const out = new Map(docs.map((d) => [d.id, { document: d.id, clauses: {} } as DocumentAlignments]));
  inputs.forEach((input, k) => {
    out.get(input.document)!.clauses[input.clause.id] = { evidence: data[k]!, aligned: [] };
  });
  const link = (to: number, r: (typeof pairs)[number]['result'], by: AlignedClause['by']): AlignedClause => ({
    document: inputs[to]!.document,
    clause: inputs[to]!.clause.id,
    score: r.score,
    themes: r.themes.map((s) => s.key),
    names: r.names.map((s) => s.key),
    words: r.words.slice(0, 4).map((s) => s.key),
    indicators: r.indicators,
    by,
  });
  for (const p of pairs) {
    out.get(inputs[p.a]!.document)!.clauses[inputs[p.a]!.clause.id]!.aligned.push(link(p.b, p.result, p.by));
    out.get(inputs[p.b]!.document)!.clauses[inputs[p.b]!.clause.id]!.aligned.push(link(p.a, p.result, p.by));
  }
  for (const doc of out.values()) {
    for (const entry of Object.values(doc.clauses)) entry.aligned.sort((x, y) => y.score - x.score || x.document.localeCompare(y.document) || x.clause.localeCompare(y.clause));
  }
  return [...out.values()];
}
