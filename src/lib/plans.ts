import { getCollection, type CollectionEntry } from 'astro:content';
import { DocumentClauses, type Clause } from '../schemas/clause.ts';
import { readPlanFolder } from './content-files.ts';
import { sortKey } from './format.ts';
import redirectsJson from '../../content/anchors/redirects.json';
import { AnchorRedirects } from '../schemas/anchors.ts';
import { aliasesOf, redirectsOf, type PlanRedirects } from './anchor-redirects.ts';

const redirects = AnchorRedirects.parse(redirectsJson);

/** One plan's redirects from anchors of earlier releases (content/anchors/redirects.json). */
export function planRedirects(plan: string): PlanRedirects {
  return redirectsOf(redirects, plan);
}

/** For one plan: clause id → the old anchors that were redirected to it. */
export function planAliases(plan: string): Map<string, string[]> {
  return aliasesOf(planRedirects(plan));
}

export type PlanEntry = CollectionEntry<'plans'>;

let plans: Promise<readonly PlanEntry[]> | undefined;

/**
 * All plans, oldest first: read and sorted once a build, and the same list on every call, so
 * what is worked out for it once (getShortTitlesEn) is not worked out again on every page.
 */
export function getPlans(): Promise<readonly PlanEntry[]> {
  plans ??= getCollection('plans').then((all) => Object.freeze(all.sort((a, b) => sortKey(a.data).localeCompare(sortKey(b.data)) || a.id.localeCompare(b.id))));
  return plans;
}

let clauseMap: ReadonlyMap<string, Clause[]> | undefined;

/** Clauses by plan id, read from content/clauses once a build. */
export async function getClauseMap(): Promise<ReadonlyMap<string, Clause[]>> {
  clauseMap ??= new Map(readPlanFolder('clauses', DocumentClauses).map((d) => [d.document, d.clauses]));
  return clauseMap;
}

let clauseTexts: Promise<ReadonlyMap<string, ReadonlyMap<string, string>>> | undefined;

/** Each plan's clause texts by clause id, made once a build: every theme page's indicator chart reads them. */
export function getClauseTexts(): Promise<ReadonlyMap<string, ReadonlyMap<string, string>>> {
  clauseTexts ??= getClauseMap().then((map) => new Map([...map].map(([doc, cs]) => [doc, new Map(cs.map((c) => [c.id, c.text]))])));
  return clauseTexts;
}

const TOC_KINDS: ReadonlySet<Clause['kind']> = new Set(['chapter', 'part', 'section', 'heading', 'notice', 'table']);

/** The entries of a plan's table of contents: its chapters, parts, sections and headings. */
export function tocOf(clauses: readonly Clause[]): Clause[] {
  return clauses.filter((c) => TOC_KINDS.has(c.kind));
}

export { planUrl } from './urls.ts';
