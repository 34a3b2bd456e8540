/**
 * Records an editor read by hand (content/targets-reviewed.json), checked like the rest: the
 * indicator exists, the clause exists, the quote is in the clause, the unit is the indicator's. Pure.
 */
import type { Indicator, ReviewedTarget } from '../../src/schemas/target.ts';
import { boundsOf, type Draft, type SourceDocument } from './source.ts';

export function readReviewed(entries: readonly ReviewedTarget[], docs: readonly SourceDocument[], indicators: readonly Indicator[]): { drafts: Draft[]; problems: string[] } {
  const drafts: Draft[] = [];
  const problems: string[] = [];
  entries.forEach((e, i) => {
    const where = `content/targets-reviewed.json[${i}] (${e.document}#${e.clause})`;
    const doc = docs.find((d) => d.id === e.document);
    const clause = doc?.clauses.find((c) => c.id === e.clause);
    const indicator = indicators.find((x) => x.id === e.indicator);
    const at = clause?.text.indexOf(e.quote) ?? -1;
    if (!doc) return void problems.push(`${where}: unknown document`);
    if (!clause) return void problems.push(`${where}: unknown clause`);
    if (!indicator) return void problems.push(`${where}: unknown indicator "${e.indicator}"`);
    if (at < 0) return void problems.push(`${where}: quote "${e.quote}" is not in the clause text`);
    if (!indicator.units.includes(e.unit)) return void problems.push(`${where}: unit ${e.unit} is not one of ${indicator.id}'s units`);
    const { reason: _reason, ...rest } = e;
    drafts.push({
      ...rest,
      ...boundsOf(e.comparison, e.value, e.min, e.max),
      indicatorName: indicator.name,
      region: doc.meta.region,
      source: 'reviewed',
      at,
    });
  });
  return { drafts, problems };
}
