/**
 * What an editor read by hand (content/targets-reviewed.json), checked like the rest. A record: the
 * indicator exists (or is `unassigned`), the clause exists, the quote is in the clause, the unit is
 * the indicator's. An exclusion: the quote is in the clause and holds each number it rules out. Pure.
 */
import { isExclusion, UNASSIGNED, UNASSIGNED_NAME, type Indicator, type ReviewedEntry } from '../../src/schemas/target.ts';
import { boundsOf, type Draft, type SourceDocument } from './source.ts';

/** A number an editor ruled out, placed in its clause. */
export interface Exclusion {
  document: string;
  clause: string;
  start: number;
  end: number;
  /** As printed: `11省`, `千人`. */
  printed: string;
  reason: string;
}

export interface ReviewedResult {
  drafts: Draft[];
  exclusions: Exclusion[];
  problems: string[];
}

export function readReviewed(entries: readonly ReviewedEntry[], docs: readonly SourceDocument[], indicators: readonly Indicator[]): ReviewedResult {
  const out: ReviewedResult = { drafts: [], exclusions: [], problems: [] };
  entries.forEach((e, i) => {
    const where = `content/targets-reviewed.json[${i}] (${e.document}#${e.clause})`;
    const doc = docs.find((d) => d.id === e.document);
    const clause = doc?.clauses.find((c) => c.id === e.clause);
    const at = clause?.text.indexOf(e.quote) ?? -1;
    if (!doc) return void out.problems.push(`${where}: unknown document`);
    if (!clause) return void out.problems.push(`${where}: unknown clause`);
    if (at < 0) return void out.problems.push(`${where}: quote "${e.quote}" is not in the clause text`);
    if (isExclusion(e)) {
      for (const printed of e.exclude) {
        const inQuote = e.quote.indexOf(printed);
        if (inQuote < 0) out.problems.push(`${where}: "${printed}" is not in the quote "${e.quote}"`);
        else out.exclusions.push({ document: e.document, clause: e.clause, start: at + inQuote, end: at + inQuote + printed.length, printed, reason: e.reason });
      }
      return;
    }
    const indicator = indicators.find((x) => x.id === e.indicator);
    if (!indicator && e.indicator !== UNASSIGNED) return void out.problems.push(`${where}: unknown indicator "${e.indicator}"`);
    if (indicator && !indicator.units.includes(e.unit)) return void out.problems.push(`${where}: unit ${e.unit} is not one of ${indicator.id}'s units`);
    const { reason: _reason, ...rest } = e;
    out.drafts.push({
      ...rest,
      ...boundsOf(e.comparison, e.value, e.min, e.max),
      indicatorName: indicator?.name ?? UNASSIGNED_NAME,
      region: doc.meta.region,
      source: 'reviewed',
      at,
      end: at + e.quote.length,
    });
  });
  return out;
}

/**
 * The editor's word wins. A rule draft gives way to a reviewed record that reads the same figure
 * (same clause, the figure inside its quote, the same bounds), and is dropped where an exclusion
 * rules its figure out (the figure overlaps an excluded number as printed).
 */
export function preferReviewed(drafts: readonly Draft[], exclusions: readonly Exclusion[] = []): Draft[] {
  const reviewed = drafts.filter((d) => d.source === 'reviewed');
  const readAgain = (d: Draft) => reviewed.some((r) => r.document === d.document && r.clause === d.clause && r.at <= d.at && d.end <= r.end && r.min === d.min && r.max === d.max);
  const ruledOut = (d: Draft) => exclusions.some((e) => e.document === d.document && e.clause === d.clause && d.at < e.end && e.start < d.end);
  return drafts.filter((d) => d.source === 'reviewed' || !(readAgain(d) || ruledOut(d)));
}
