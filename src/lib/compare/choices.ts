/** The compare form's choices: plans grouped by region, each region under its parents, in time order. */
import type { Region } from '../../schemas/regions.ts';
import { regionChain } from '../../schemas/regions.ts';

export interface Choice {
  id: string;
  title: string;
  region: string;
  when: string;
}

export function compareChoices(regions: readonly Region[], plans: readonly Choice[], lang: 'zh' | 'en' = 'zh'): { region: string; path: string; plans: Choice[] }[] {
  const order = new Map<string, number>();
  const visit = (parent: string | null) => {
    for (const r of regions.filter((x) => x.parent === parent)) {
      order.set(r.id, order.size);
      visit(r.id);
    }
  };
  visit(null);
  const used = [...new Set(plans.map((p) => p.region))].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
  return used.map((region) => ({
    region,
    path: regionChain(regions, region)
      .reverse()
      .map((r) => (lang === 'en' ? r.nameEn : r.name))
      .join(' › '),
    plans: plans.filter((p) => p.region === region),
  }));
}
