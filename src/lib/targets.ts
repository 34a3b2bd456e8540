/**
 * Targets and the indicator link table, as the site loads them: content/targets.json (written by
 * `npm run targets`) and content/indicators.json, validated, and checked against the clauses so
 * nothing without its source clause reaches a page or a data file.
 */
import targetsJson from '../../content/targets.json';
import indicatorsJson from '../../content/indicators.json';
import { Indicators, TargetRecords, type Indicator, type TargetRecord } from '../schemas/target.ts';
import { unsourcedTargets } from './data-export.ts';
import { getClauseMap, getPlans, type PlanEntry } from './plans.ts';
import type { DocumentInfo } from './indicator-links.ts';

export const indicators: readonly Indicator[] = Indicators.parse(indicatorsJson);
const records: readonly TargetRecord[] = TargetRecords.parse(targetsJson);

let checked: Promise<readonly TargetRecord[]> | undefined;

/** All records, in document order; fails the build if any quote is not in its clause. */
export function getTargets(): Promise<readonly TargetRecord[]> {
  checked ??= getClauseMap().then((clauses) => {
    const problems = unsourcedTargets(records, clauses);
    if (problems.length) throw new Error(`content/targets.json is stale (run \`npm run targets\`):\n${problems.join('\n')}`);
    return records;
  });
  return checked;
}

/** What the link table needs to know of each document, in the site's document order. */
export function documentInfos(plans: readonly PlanEntry[]): DocumentInfo[] {
  return plans.map((p) => ({ id: p.id, region: p.data.region, level: p.data.level, shortTitle: p.data.shortTitle }));
}

export async function getDocumentInfos(): Promise<DocumentInfo[]> {
  return documentInfos(await getPlans());
}
