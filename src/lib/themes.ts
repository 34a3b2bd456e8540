import { getCollection } from 'astro:content';
import { DocumentLinks } from '../schemas/links.ts';
import { readPlanFolder } from './content-files.ts';
import type { Region } from '../schemas/regions.ts';
import type { Theme } from '../schemas/theme.ts';
import type { PlanEntry } from './plans.ts';

export async function getThemes(): Promise<Theme[]> {
  const entries = await getCollection('themes');
  return entries.map((e) => e.data).sort((a, b) => a.group.localeCompare(b.group) || a.id.localeCompare(b.id));
}

let links: ReadonlyMap<string, DocumentLinks['clauses']> | undefined;

/** Per plan: clause → its themes (content/links), read once a build. */
export async function getLinks(): Promise<ReadonlyMap<string, DocumentLinks['clauses']>> {
  links ??= new Map(readPlanFolder('links', DocumentLinks).map((d) => [d.document, d.clauses]));
  return links;
}

/** theme → document → clause ids. */
export async function getThemeIndex(): Promise<Map<string, Record<string, string[]>>> {
  const entries = await getCollection('themeIndex');
  return new Map(entries.map((e) => [e.id, e.data]));
}

export function themeUrl(id: string, doc?: string): string {
  return `/themes/${id}/${doc ? `#doc-${doc}` : ''}`;
}

/** Regions that have plans, parents before their children (重庆市, 渝中区, 广州市). */
export function regionColumns(regions: readonly Region[], plans: readonly PlanEntry[]): Region[] {
  const used = new Set(plans.map((p) => p.data.region));
  // Children by parent, in list order: looking them up by scanning every region for each region
  // made the legend of each chart page grow with the square of the regions.
  const children = new Map<string | null, Region[]>();
  for (const r of regions) {
    const siblings = children.get(r.parent);
    if (siblings) siblings.push(r);
    else children.set(r.parent, [r]);
  }
  const out: Region[] = [];
  const visit = (parent: string | null) => {
    for (const r of children.get(parent) ?? []) {
      if (used.has(r.id)) out.push(r);
      visit(r.id);
    }
  };
  visit(null);
  return out;
}
