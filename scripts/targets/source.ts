/** What the target rules read from one document, and small helpers they share. Pure. */
import type { Clause } from '../../src/schemas/clause.ts';
import type { DocumentMeta } from '../../src/schemas/document.ts';
import type { Comparison, Indicator, TargetRecord } from '../../src/schemas/target.ts';

export interface SourceDocument {
  id: string;
  meta: Pick<DocumentMeta, 'type' | 'region' | 'period' | 'published' | 'issued'>;
  clauses: readonly Clause[];
}

/** A record before ids are assigned; `at` orders records within their clause. */
export type Draft = Omit<TargetRecord, 'id'> & { at: number };

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

export function indicatorById(indicators: readonly Indicator[]): Map<string, Indicator> {
  return new Map(indicators.map((i) => [i.id, i]));
}
