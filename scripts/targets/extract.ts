/**
 * Targets and outcomes of every document: clauses in, records out. Pure; scripts/targets.ts reads
 * the files and writes content/targets.json.
 *
 *   indicator tables (table.ts) + target sentences (sentences.ts) + reviewed entries (reviewed.ts)
 *     → ids `<document>/<clause>/<indicator>[-n]`, in document and text order
 */
import type { Indicator, ReviewedTarget, TargetRecord } from '../../src/schemas/target.ts';
import { readReviewed } from './reviewed.ts';
import { readTargetSentences } from './sentences.ts';
import type { Draft, SourceDocument } from './source.ts';
import { readIndicatorTables } from './table.ts';

export type { SourceDocument } from './source.ts';

export interface ExtractResult {
  records: TargetRecord[];
  /** Table rows or reviewed entries that could not be read; the CLI fails on any. */
  problems: string[];
}

export function extractTargets(docs: readonly SourceDocument[], indicators: readonly Indicator[], reviewed: readonly ReviewedTarget[] = []): ExtractResult {
  const problems: string[] = [];
  const fromReviewed = readReviewed(reviewed, docs, indicators);
  problems.push(...fromReviewed.problems);
  const records = docs.flatMap((doc) => {
    const tables = readIndicatorTables(doc, indicators);
    problems.push(...tables.problems);
    const drafts = [...tables.drafts, ...readTargetSentences(doc, indicators), ...fromReviewed.drafts.filter((d) => d.document === doc.id)];
    return assignIds(sortDrafts(drafts, doc));
  });
  return { records, problems };
}

/** Document order of clauses, then position in the clause. */
function sortDrafts(drafts: Draft[], doc: SourceDocument): Draft[] {
  const order = new Map(doc.clauses.map((c, i) => [c.id, i]));
  return drafts.sort((a, b) => order.get(a.clause)! - order.get(b.clause)! || a.at - b.at);
}

function assignIds(drafts: readonly Draft[]): TargetRecord[] {
  const count = new Map<string, number>();
  return drafts.map(({ at: _at, ...d }) => {
    const base = `${d.document}/${d.clause}/${d.indicator}`;
    const n = (count.get(base) ?? 0) + 1;
    count.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...d };
  });
}
