/**
 * The plans index (`/plans/`): plans grouped by region under their parents, each with the
 * comparisons a reader would make first, in pages that stay within the weight budget however
 * many plans there are. Pure.
 */
import { regionChain, type Region } from '../schemas/regions.ts';

/** A plan as the index orders it. */
export interface IndexedPlan {
  id: string;
  region: string;
  /** The date it is ordered by (`sortKey`): `2019-05-30`, `2024-12` or a year. */
  when: string;
}

/** The comparisons a plan invites: the same region's previous and next plans, and the nearest plans above it. */
export interface Comparisons {
  previous?: string;
  next?: string;
  /** The nearest region up the hierarchy that has plans. */
  aboveRegion?: string;
  /** Its plans nearest in time: the last at or before this plan, and the first after it. */
  above: string[];
}

/** `2019-05-30` → 2019.41: a date as a year with its fraction, to measure distances in time. */
export function yearOf(when: string): number {
  const [y, m = 1, d = 1] = when.split('-').map(Number);
  return y! + (m - 1) / 12 + (d - 1) / 365;
}

/** Comparisons for every plan; `plans` in time order. */
export function naturalComparisons(plans: readonly IndexedPlan[], regions: readonly Region[]): Map<string, Comparisons> {
  const byRegion = new Map<string, IndexedPlan[]>();
  for (const p of plans) byRegion.set(p.region, [...(byRegion.get(p.region) ?? []), p]);
  const out = new Map<string, Comparisons>();
  for (const p of plans) {
    const own = byRegion.get(p.region)!;
    const i = own.indexOf(p);
    const aboveRegion = regionChain(regions, p.region)
      .slice(1)
      .find((r) => byRegion.has(r.id));
    const above = aboveRegion ? byRegion.get(aboveRegion.id)! : [];
    const t = yearOf(p.when);
    const before = above.filter((q) => yearOf(q.when) <= t).at(-1);
    const after = above.find((q) => yearOf(q.when) > t);
    out.set(p.id, {
      ...(i > 0 ? { previous: own[i - 1]!.id } : {}),
      ...(i < own.length - 1 ? { next: own[i + 1]!.id } : {}),
      ...(aboveRegion ? { aboveRegion: aboveRegion.id } : {}),
      above: [before, after].filter((q) => q !== undefined).map((q) => q.id),
    });
  }
  return out;
}

export interface RegionGroup<T> {
  region: Region;
  /** From the top of the hierarchy down to the region. */
  path: Region[];
  plans: T[];
  /** The group goes on from the previous page. */
  continued: boolean;
}

/** Regions with plans, parents before children (in the order of `regions`), each with its plans in the order given. */
export function groupByRegion<T extends { region: string }>(plans: readonly T[], regions: readonly Region[]): RegionGroup<T>[] {
  const out: RegionGroup<T>[] = [];
  const visit = (parent: string | null) => {
    for (const r of regions.filter((x) => x.parent === parent)) {
      const own = plans.filter((p) => p.region === r.id);
      if (own.length) out.push({ region: r, path: regionChain(regions, r.id).reverse(), plans: own, continued: false });
      visit(r.id);
    }
  };
  visit(null);
  const listed = new Set(out.map((g) => g.region.id));
  const lost = plans.find((p) => !listed.has(p.region));
  if (lost) throw new Error(`plan region "${lost.region}" is not reachable from a top-level region in sources/regions.json`);
  return out;
}

/**
 * Groups into pages of at most `size` plans. A group starts a new page rather than break, unless
 * it is larger than a page by itself; then it runs on, marked as continued.
 */
export function paginate<T>(groups: readonly RegionGroup<T>[], size: number): RegionGroup<T>[][] {
  if (!(size >= 1)) throw new Error(`page size must be at least 1, not ${size}`);
  const pages: RegionGroup<T>[][] = [];
  let page: RegionGroup<T>[] = [];
  let count = 0;
  const close = () => {
    if (page.length) pages.push(page);
    page = [];
    count = 0;
  };
  for (const group of groups) {
    if (count + group.plans.length > size && group.plans.length <= size) close();
    let rest = group.plans;
    let continued = false;
    while (rest.length) {
      if (count === size) close();
      const take = rest.slice(0, size - count);
      page.push({ ...group, plans: take, continued });
      count += take.length;
      rest = rest.slice(take.length);
      continued = true;
    }
  }
  close();
  return pages;
}

/** A plan's themes with the most clauses, most first (ties by theme id), at most `n`. */
export function topThemes(index: ReadonlyMap<string, Readonly<Record<string, readonly string[]>>>, plan: string, n: number): { theme: string; clauses: number }[] {
  return [...index]
    .map(([theme, byDoc]) => ({ theme, clauses: byDoc[plan]?.length ?? 0 }))
    .filter((t) => t.clauses > 0)
    .sort((a, b) => b.clauses - a.clauses || a.theme.localeCompare(b.theme))
    .slice(0, n);
}
