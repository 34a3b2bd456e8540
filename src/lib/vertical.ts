/**
 * Down the hierarchy on one theme: for each plan of a region and each plan of a region under it,
 * the upper plan's clauses on the theme and the lower plan's aligned clauses on the same theme.
 * Time decides the wording: a lower plan issued before the upper one cannot carry it out, so it
 * is said to predate it, never to have "not carried" it. Pure.
 */
import type { AlignedClause } from '../schemas/alignment.ts';

export interface VerticalPlan {
  id: string;
  /** Sort key in time: ISO date or year (format.ts `sortKey`). */
  date: string;
  /** A report of outcomes rather than a plan. */
  report: boolean;
}

/** How the lower document stands to the upper one in time. */
export type Relation = 'follows' | 'predates' | 'reports';

export interface VerticalRow {
  upper: string;
  /** Aligned clauses of the lower document that are on the theme too, best first. */
  lower: AlignedClause[];
}

export interface VerticalPair {
  upper: VerticalPlan;
  lower: VerticalPlan;
  relation: Relation;
  rows: VerticalRow[];
  /** Clauses of the lower document on the theme. */
  lowerCount: number;
  /** Upper clauses with at least one aligned lower clause. */
  matched: number;
}

/**
 * @param onTheme document → its clause ids on the theme, in document order
 * @param aligned document → clause → aligned clauses (content/alignments)
 */
export function verticalPairs(
  upperPlans: readonly VerticalPlan[],
  lowerPlans: readonly VerticalPlan[],
  onTheme: Readonly<Record<string, readonly string[]>>,
  aligned: ReadonlyMap<string, Readonly<Record<string, { aligned: readonly AlignedClause[] }>>>,
): VerticalPair[] {
  const out: VerticalPair[] = [];
  for (const upper of upperPlans) {
    const upperClauses = onTheme[upper.id] ?? [];
    if (!upperClauses.length) continue;
    for (const lower of lowerPlans) {
      const lowerOnTheme = new Set(onTheme[lower.id] ?? []);
      const rows = upperClauses.map((clause) => ({
        upper: clause,
        lower: (aligned.get(upper.id)?.[clause]?.aligned ?? []).filter((a) => a.document === lower.id && lowerOnTheme.has(a.clause)),
      }));
      out.push({
        upper,
        lower,
        relation: lower.report ? 'reports' : lower.date < upper.date ? 'predates' : 'follows',
        rows,
        lowerCount: lowerOnTheme.size,
        matched: rows.filter((r) => r.lower.length > 0).length,
      });
    }
  }
  return out;
}

/** A column of the theme page: a region and its plans. */
export interface RegionColumn<P> {
  region: { id: string; parent: string | null };
  plans: P[];
}

/**
 * Each column set against the column of the region directly above it: `upper` is always the
 * parent region (重庆市 over 渝中区), `lower` the region under it. A region whose parent has no
 * plans is compared with nothing.
 */
export function regionComparisons<C extends RegionColumn<unknown>>(columns: readonly C[]): { upper: C; lower: C }[] {
  return columns.flatMap((lower) => {
    const upper = lower.region.parent === null ? undefined : columns.find((u) => u.region.id === lower.region.parent);
    return upper ? [{ upper, lower }] : [];
  });
}
