import regionsJson from '../../sources/regions.json';
import { Regions, regionChain, type Region } from '../schemas/regions.ts';

export const regions: readonly Region[] = Regions.parse(regionsJson);

// The first region of each id, as a search of the list would find it.
const byId = new Map<string, Region>();
for (const r of regions) if (!byId.has(r.id)) byId.set(r.id, r);

export function regionById(id: string): Region {
  const r = byId.get(id);
  if (!r) throw new Error(`unknown region "${id}"`);
  return r;
}

/** `广东省 › 广州市`: the region under its parents. */
export function regionPath(id: string, lang: 'zh' | 'en' = 'zh'): string {
  return regionChain(regions, id)
    .reverse()
    .map((r) => (lang === 'en' ? r.nameEn : r.name))
    .join(' › ');
}

/** `/regions/<id>/`: the region's plans over time. */
export function regionUrl(id: string): string {
  return `/regions/${id}/`;
}

/** Regions that have documents, or have descendants that do: the regions with a page. */
export function regionsInUse(all: readonly Region[], documentRegions: Iterable<string>): Set<string> {
  const used = new Set<string>();
  for (const id of documentRegions) for (const r of regionChain(all, id)) used.add(r.id);
  return used;
}
