import { z } from 'astro/zod';

/** Administrative levels, from the top of the hierarchy down. */
export const adminLevels = ['province', 'municipality', 'city', 'district'] as const;
export const AdminLevel = z.enum(adminLevels);
export type AdminLevel = z.infer<typeof AdminLevel>;

/** One region in `sources/regions.json`. */
export const Region = z.strictObject({
  /** ASCII id used in URLs and filters, e.g. `yuzhong`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Chinese name as used in the documents, e.g. `渝中区`. */
  name: z.string().min(1),
  /** English name, e.g. `Yuzhong District`. */
  nameEn: z.string().min(1),
  level: AdminLevel,
  /** The region this one belongs to (`yuzhong` ⊂ `chongqing`); null at the top. */
  parent: z.string().nullable(),
});
export type Region = z.infer<typeof Region>;

/**
 * The list as a whole: ids are unique (a second entry would silently win or lose every lookup),
 * every parent is listed, and no region is its own ancestor (a loop has no top to show).
 */
export const Regions = z.array(Region).superRefine((regions, ctx) => {
  const first = new Map<string, number>();
  regions.forEach((r, i) => {
    const seen = first.get(r.id);
    if (seen === undefined) first.set(r.id, i);
    else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `region "${r.id}" is listed twice (entries ${seen + 1} and ${i + 1})` });
  });
  regions.forEach((r, i) => {
    if (r.parent !== null && !first.has(r.parent)) {
      ctx.addIssue({ code: 'custom', path: [i, 'parent'], message: `unknown parent region "${r.parent}"` });
    }
  });
  regions.forEach((r, i) => {
    if (first.get(r.id) !== i) return;
    const path = [r.id];
    for (let p = r.parent; p !== null; ) {
      if (p === r.id) {
        ctx.addIssue({ code: 'custom', path: [i, 'parent'], message: `regions form a loop: ${[...path, p].join(' ⊂ ')}` });
        break;
      }
      const at = first.get(p);
      if (at === undefined || path.includes(p)) break;
      path.push(p);
      p = regions[at]!.parent;
    }
  });
});

const indexes = new WeakMap<readonly Region[], { size: number; byId: Map<string, Region> }>();

/**
 * The regions by id, made once for a given list: pages ask for the chains of hundreds of plans
 * against hundreds of regions. A list that has grown since is indexed again.
 */
export function regionsById(regions: readonly Region[]): Map<string, Region> {
  let index = indexes.get(regions);
  if (index?.size !== regions.length) indexes.set(regions, (index = { size: regions.length, byId: new Map(regions.map((r) => [r.id, r])) }));
  return index.byId;
}

/** The chain from a region up to the top, e.g. [yuzhong, chongqing]. */
export function regionChain(regions: readonly Region[], id: string): Region[] {
  const byId = regionsById(regions);
  const chain: Region[] = [];
  for (let r = byId.get(id); r; r = r.parent ? byId.get(r.parent) : undefined) {
    if (chain.includes(r)) break;
    chain.push(r);
  }
  return chain;
}
