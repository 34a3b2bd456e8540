/**
 * Targets, outcomes and baselines of every document: clauses in, records out. Pure;
 * scripts/targets.ts reads the files and writes content/targets.json.
 *
 *   indicator tables (table.ts) + target sentences of plans (sentences.ts)
 *     + figures of reporting text (reported.ts) + reviewed entries (reviewed.ts; they win over a rule)
 *     → ids `<document>/<clause>/<indicator>[-n]`, in document and text order
 *     → checks of sums, differences and restatements (checks.ts)
 */
import type { Indicator, ReviewedEntry, TargetRecord } from '../../src/schemas/target.ts';
import { checkFigures } from './checks.ts';
import { readReportedFigures } from './reported.ts';
import { preferReviewed, readReviewed, type Exclusion } from './reviewed.ts';
import { readTargetSentences } from './sentences.ts';
import type { Draft, SourceDocument } from './source.ts';
import { readIndicatorTables } from './table.ts';

export type { SourceDocument } from './source.ts';

export interface ExtractResult {
  records: TargetRecord[];
  /** Numbers an editor ruled out, with the reason (content/targets-reviewed.json). */
  exclusions: Exclusion[];
  /** Table rows or reviewed entries that could not be read; the CLI fails on any. */
  problems: string[];
}

export function extractTargets(docs: readonly SourceDocument[], indicators: readonly Indicator[], reviewed: readonly ReviewedEntry[] = []): ExtractResult {
  const problems: string[] = [];
  const fromReviewed = readReviewed(reviewed, docs, indicators);
  problems.push(...fromReviewed.problems);
  const unchecked = docs.flatMap((doc) => {
    const tables = readIndicatorTables(doc, indicators);
    problems.push(...tables.problems);
    const drafts = [...tables.drafts, ...readTargetSentences(doc, indicators), ...readReportedFigures(doc, indicators), ...fromReviewed.drafts.filter((d) => d.document === doc.id)];
    return assignIds(sortDrafts(preferReviewed(drafts, fromReviewed.exclusions), doc));
  });
  return { records: checkFigures(unchecked), exclusions: fromReviewed.exclusions, problems };
}

/** Document order of clauses, then position in the clause. */
function sortDrafts(drafts: Draft[], doc: SourceDocument): Draft[] {
  const order = new Map(doc.clauses.map((c, i) => [c.id, i]));
  return drafts.sort((a, b) => order.get(a.clause)! - order.get(b.clause)! || a.at - b.at);
}

function assignIds(drafts: readonly Draft[]): Omit<TargetRecord, 'checks'>[] {
  const count = new Map<string, number>();
  return drafts.map(({ at: _at, end: _end, ...d }) => {
    const base = `${d.document}/${d.clause}/${d.indicator}`;
    const n = (count.get(base) ?? 0) + 1;
    count.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...d };
  });
}
