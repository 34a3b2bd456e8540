import { getCollection, type CollectionEntry } from 'astro:content';
import type { Clause } from '../schemas/clause.ts';
import { sortKey } from './format.ts';
import redirectsJson from '../../content/anchors/redirects.json';
import { AnchorRedirects } from '../schemas/anchors.ts';

const redirects = AnchorRedirects.parse(redirectsJson);

/** For one plan: clause id → the old anchors that were redirected to it. */
export function aliasesOf(plan: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of redirects) if (r.document === plan) out.set(r.to, [...(out.get(r.to) ?? []), r.from]);
  return out;
}

export type PlanEntry = CollectionEntry<'plans'>;

/** All plans, oldest first. */
export async function getPlans(): Promise<PlanEntry[]> {
  const plans = await getCollection('plans');
  return plans.sort((a, b) => sortKey(a.data).localeCompare(sortKey(b.data)) || a.id.localeCompare(b.id));
}

/** Clauses by plan id. */
export async function getClauseMap(): Promise<Map<string, Clause[]>> {
  const entries = await getCollection('clauses');
  return new Map(entries.map((e) => [e.data.document, e.data.clauses]));
}

const TOC_KINDS: ReadonlySet<Clause['kind']> = new Set(['chapter', 'part', 'section', 'heading', 'notice', 'table']);

/** The entries of a plan's table of contents: its chapters, parts, sections and headings. */
export function tocOf(clauses: readonly Clause[]): Clause[] {
  return clauses.filter((c) => TOC_KINDS.has(c.kind));
}

export { planUrl } from './urls.ts';
