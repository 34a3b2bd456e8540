import { getCollection, type CollectionEntry } from 'astro:content';
import type { Clause } from '../schemas/clause.ts';
import { sortKey } from './format.ts';

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

/** The entries of a plan's table of contents: its parts, sections and headings. */
export function tocOf(clauses: readonly Clause[]): Clause[] {
  return clauses.filter((c) => c.kind === 'part' || c.kind === 'section' || c.kind === 'heading' || c.kind === 'notice' || c.kind === 'table');
}

export function planUrl(id: string, clause?: string): string {
  return `/plans/${id}/${clause ? `#${clause}` : ''}`;
}
