import type { SearchState } from '../lib/search/query.ts';
import { pagefindFilters, type Counts, type Outcome, type Pagefind } from './search-run.ts';

/**
 * Counts for every filter value that follow the query and the other filters: a value's count is
 * how many results the query would have with that value chosen and the other filters as they are.
 * When the result is the union of several searches (a phrase and its aliases), the union is counted
 * hit by hit, so the counts add up to what the list shows.
 */
export async function filterCounts(pf: Pagefind, outcome: Outcome, state: SearchState, names: string[]): Promise<Counts> {
  await pf.filters();
  const out: Counts = {};
  for (const name of names) {
    const base = { ...state.filters, ...outcome.scope };
    const others = pagefindFilters(base, name);
    const per = await Promise.all(outcome.components.map((q) => pf.search(q, { filters: others })));
    const counts: Record<string, number> = {};
    if (per.length === 1) Object.assign(counts, per[0]!.filters[name] ?? {});
    else {
      const values = new Set(per.flatMap((r) => Object.entries(r.filters[name] ?? {}).filter(([, n]) => n > 0).map(([v]) => v)));
      for (const v of values) {
        const ids = new Set<string>();
        for (const q of outcome.components) for (const r of (await pf.search(q, { filters: { ...others, [name]: { any: [v] } } })).results) ids.add(r.id);
        counts[v] = ids.size;
      }
    }
    out[name] = counts;
  }
  return out;
}

