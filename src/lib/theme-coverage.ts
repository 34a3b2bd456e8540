import { regionChain, type Region } from '../schemas/regions.ts';

export interface CoveringPlan {
  id: string;
  /** Its clauses on the theme, in document order. */
  clauses: readonly string[];
}

export interface RegionCoverage {
  /** A top-level region (no parent among the regions). */
  region: Region;
  /** Plans of the region or below it that have clauses on the theme, in the order given. */
  plans: CoveringPlan[];
}

/**
 * Which plans cover a theme, grouped under their top-level region (a province, a municipality):
 * the answer a theme page gives when the corpus is too large to quote every plan.
 */
export function coverageByRegion(plans: readonly { id: string; region: string }[], byDoc: Readonly<Record<string, readonly string[]>>, regions: readonly Region[]): RegionCoverage[] {
  const groups = new Map<string, RegionCoverage>();
  for (const p of plans) {
    const clauses = byDoc[p.id] ?? [];
    if (clauses.length === 0) continue;
    const top = regionChain(regions, p.region).at(-1);
    if (!top) throw new Error(`plan ${p.id}: unknown region "${p.region}"`);
    const group = groups.get(top.id) ?? { region: top, plans: [] };
    group.plans.push({ id: p.id, clauses });
    groups.set(top.id, group);
  }
  return [...groups.values()];
}
