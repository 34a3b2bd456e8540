import { getCollection } from 'astro:content';
import type { Clause } from '../schemas/clause.ts';
import type { DocumentLinks, SimilarLink } from '../schemas/links.ts';
import type { Region } from '../schemas/regions.ts';
import type { Theme } from '../schemas/theme.ts';
import type { PlanEntry } from './plans.ts';

export async function getThemes(): Promise<Theme[]> {
  const entries = await getCollection('themes');
  return entries.map((e) => e.data).sort((a, b) => a.group.localeCompare(b.group) || a.id.localeCompare(b.id));
}

export async function getLinks(): Promise<Map<string, DocumentLinks['clauses']>> {
  const entries = await getCollection('links');
  return new Map(entries.map((e) => [e.data.document, e.data.clauses]));
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
  const out: Region[] = [];
  const visit = (parent: string | null) => {
    for (const r of regions.filter((x) => x.parent === parent)) {
      if (used.has(r.id)) out.push(r);
      visit(r.id);
    }
  };
  visit(null);
  return out;
}

export interface Counterpart {
  /** A clause of a higher-level plan on the theme. */
  upper: { document: string; clause: Clause };
  /** Clauses of the lower-level plans on the same theme that resemble it. */
  lower: SimilarLink[];
}

/**
 * The vertical relation on one theme: for each clause of the parent region's plans, the
 * child region's clauses on the same theme that resemble it (similar-clause links), if any.
 */
export function carriedDown(
  theme: string,
  upperDocs: readonly string[],
  lowerDocs: readonly string[],
  index: Record<string, string[]>,
  clauses: ReadonlyMap<string, readonly Clause[]>,
  links: ReadonlyMap<string, DocumentLinks['clauses']>,
): Counterpart[] {
  const lowerOnTheme = new Set(lowerDocs.flatMap((d) => (index[d] ?? []).map((c) => `${d}#${c}`)));
  return upperDocs.flatMap((doc) =>
    (index[doc] ?? []).map((id) => {
      const clause = clauses.get(doc)?.find((c) => c.id === id);
      if (!clause) throw new Error(`theme ${theme}: ${doc}#${id} is not a clause`);
      const lower = (links.get(doc)?.[id]?.similar ?? []).filter((s) => lowerOnTheme.has(`${s.document}#${s.clause}`));
      return { upper: { document: doc, clause }, lower };
    }),
  );
}
