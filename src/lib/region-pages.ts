/** What each region page shows, read from the collections at build time (src/lib/over-time.ts does the comparing). */
import { regionChain, type Region } from '../schemas/regions.ts';
import type { IndicatorLink } from './indicator-links.ts';
import { alignmentsOf } from './alignments.ts';
import { documentRole, indicatorsOverTime, successions, type Succession, type TimedDocument } from './over-time.ts';
import { getPlans, type PlanEntry } from './plans.ts';
import { regions, regionsInUse } from './regions.ts';
import { documentInfos, getTargets, indicators } from './targets.ts';
import { getThemeIndex } from './themes.ts';

export interface RegionPage {
  region: Region;
  parent: Region | undefined;
  /** Child regions with a page, each with the number of documents in it and below it. */
  children: { region: Region; documents: PlanEntry[] }[];
  /** The region's own documents, oldest first. */
  plans: PlanEntry[];
  /** Each document beside the next. */
  successions: Succession[];
  /** Indicators two or more of its documents give figures for. */
  indicators: IndicatorLink[];
}

let built: Promise<RegionPage[]> | undefined;

/**
 * One page for every region that has documents or whose descendants do, parents first; worked out
 * once a build for both editions, as it reads every plan's alignments.
 */
export function getRegionPages(): Promise<RegionPage[]> {
  built ??= regionPages();
  return built;
}

async function regionPages(): Promise<RegionPage[]> {
  const [plans, index, records] = await Promise.all([getPlans(), getThemeIndex(), getTargets()]);
  const used = regionsInUse(regions, plans.map((p) => p.data.region));
  // Each document's region and the regions above it, found once.
  const within = new Map(plans.map((p) => [p.id, new Set(regionChain(regions, p.data.region).map((r) => r.id))]));
  const below = (id: string) => plans.filter((p) => within.get(p.id)!.has(id));
  const timed = (p: PlanEntry): TimedDocument => ({
    id: p.id,
    role: documentRole(p.data.type),
    themes: new Map([...index].map(([theme, byDoc]) => [theme, byDoc[p.id] ?? []])),
  });
  return regions
    .filter((r) => used.has(r.id))
    .map((region) => {
      const own = plans.filter((p) => p.data.region === region.id);
      return {
        region,
        parent: regions.find((r) => r.id === region.parent),
        children: regions.filter((r) => r.parent === region.id && used.has(r.id)).map((r) => ({ region: r, documents: below(r.id) })),
        plans: own,
        // Only the region's own documents' alignments, read here and dropped.
        successions: successions(own.map(timed), alignmentsOf(own.map((p) => p.id))),
        indicators: indicatorsOverTime(records, indicators, documentInfos(own)),
      };
    });
}
