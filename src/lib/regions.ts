import regionsJson from '../../sources/regions.json';
import { Regions, regionChain, regionsById, type Region } from '../schemas/regions.ts';

export const regions: readonly Region[] = Regions.parse(regionsJson);

/** A region by id, from the same index the region chains are read from. */
export function regionById(id: string): Region {
  const r = regionsById(regions).get(id);
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
