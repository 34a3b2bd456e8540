/** What the target rules read from one document, and small helpers they share. Pure. */
import type { Clause } from '../../src/schemas/clause.ts';
import type { DocumentMeta } from '../../src/schemas/document.ts';
import { UNASSIGNED, UNASSIGNED_NAME, type Comparison, type Indicator, type Measure, type TargetKind, type TargetRecord, type TargetSource, type YearBasis } from '../../src/schemas/target.ts';
import type { Figure } from './numbers.ts';

export interface SourceDocument {
  id: string;
  meta: Pick<DocumentMeta, 'type' | 'region' | 'period' | 'published' | 'issued'>;
  clauses: readonly Clause[];
}

/**
 * A record before ids and checks are assigned. `at` orders records within their clause; [at, end)
 * is the figure's place in the clause text (a reviewed entry's: its quote's).
 */
export type Draft = Omit<TargetRecord, 'id' | 'checks'> & { at: number; end: number };

/** What a sentence rule knows of one figure it read. */
export interface FigureReading {
  figure: Figure;
  /** The indicator the figure names; null when it names none (an unassigned figure). */
  indicator: Indicator | null;
  scope: string | null;
  kind: TargetKind;
  measure: Measure;
  when: { year: number; basis: YearBasis };
  quote: string;
  source: TargetSource;
}

/** The draft record of a figure read in a clause's text. */
export function figureDraft(doc: SourceDocument, clause: string, r: FigureReading): Draft {
  const f = r.figure;
  return {
    indicator: r.indicator?.id ?? UNASSIGNED,
    indicatorName: r.indicator?.name ?? UNASSIGNED_NAME,
    scope: r.scope,
    kind: r.kind,
    comparison: f.comparison,
    value: f.value,
    ...boundsOf(f.comparison, f.value, f.min, f.max),
    unit: f.unit,
    measure: r.measure,
    year: r.when.year,
    yearBasis: r.when.basis,
    baseline: null,
    baselineYear: null,
    attribute: null,
    document: doc.id,
    region: doc.meta.region,
    clause,
    quote: r.quote,
    source: r.source,
    at: f.start,
    end: f.end,
  };
}

/** Min and max implied by a comparison: at-least 10 → [10, null]; a range keeps its own bounds. */
export function boundsOf(comparison: Comparison, value: number | null, min: number | null, max: number | null): { min: number | null; max: number | null } {
  switch (comparison) {
    case 'range':
      return { min, max };
    case 'at-least':
      return { min: value, max: null };
    case 'at-most':
      return { min: null, max: value };
    default:
      return { min: value, max: value };
  }
}

/** The plan's last year, used when a target names none; undefined for a document that is not a plan. */
export function periodEnd(doc: SourceDocument): number | undefined {
  const p = doc.meta.period;
  return p && p !== 'unknown' ? p.end : undefined;
}

/** Parts of a plan that review the past or the situation; their figures are baselines, not targets. */
export const BACKGROUND_PART = /发展基础|新形势|成就|回顾|现状/;

/** Whether a part's clauses report (outcomes), review a plan's past (baselines), or set targets (undefined). */
export function reportingKind(doc: SourceDocument, part: Clause): Exclude<TargetKind, 'target'> | undefined {
  if (doc.meta.type === 'news-report') return 'outcome';
  return BACKGROUND_PART.test(part.text) ? 'baseline' : undefined;
}

/** The year a report speaks for: its publication (else issue) year. */
export function reportYear(doc: SourceDocument): number | undefined {
  const d = doc.meta.published !== 'unknown' ? doc.meta.published : doc.meta.issued;
  return d === 'unknown' ? undefined : Number(d.date.slice(0, 4));
}

/** Top-level ancestor of each clause (its part, or an unnumbered heading). */
export function topAncestors(clauses: readonly Clause[]): Map<string, Clause> {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const top = new Map<string, Clause>();
  for (const c of clauses) {
    let t = c;
    while (t.parent !== null && byId.has(t.parent)) t = byId.get(t.parent)!;
    top.set(c.id, t);
  }
  return top;
}
