/** The site's name index, read from the collections once a build: the names page is built in both editions. */
import { getClauseMap, getPlans } from './plans.ts';
import { nameIndex, type NameEntry } from './name-index.ts';

let built: Promise<readonly NameEntry[]> | undefined;

export function getNameIndex(): Promise<readonly NameEntry[]> {
  built ??= Promise.all([getPlans(), getClauseMap()]).then(([plans, clauses]) => nameIndex(plans.map((p) => ({ id: p.id, clauses: clauses.get(p.id) ?? [] }))));
  return built;
}
