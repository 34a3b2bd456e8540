/**
 * The target rules measured against a reader (content/targets-judged.json): every numeric target
 * of the documents read in full, each matched to at most one target record of its clause that
 * quotes its words and sets its bounds. Recall is the share of judged targets with a record;
 * precision the share of target records of judged documents that match one. Pure.
 */
import type { JudgedNotTarget, JudgedTarget, JudgedTargets, TargetRecord } from '../../src/schemas/target.ts';
import { numbersIn } from './numbers.ts';
import type { SourceDocument } from './source.ts';

export interface JudgedScore {
  /** Judged documents, and documents with target records that nobody judged. */
  judged: string[];
  notJudged: string[];
  matched: { judged: JudgedTarget; record: TargetRecord }[];
  /** Judged targets no record reads. */
  misses: JudgedTarget[];
  /** Target records of judged documents that match no judged target. */
  extra: TargetRecord[];
  recall: number;
  precision: number;
}

const reads = (r: TargetRecord, j: JudgedTarget) => r.document === j.document && r.clause === j.clause && r.min === j.min && r.max === j.max && r.quote.includes(j.printed);

export function scoreTargets(records: readonly TargetRecord[], list: JudgedTargets): JudgedScore {
  const judged = new Set(list.documents);
  const targets = records.filter((r) => r.kind === 'target');
  const mine = targets.filter((r) => judged.has(r.document));
  const used = new Set<TargetRecord>();
  const matched: JudgedScore['matched'] = [];
  const misses: JudgedTarget[] = [];
  for (const j of list.targets) {
    const record = mine.find((r) => !used.has(r) && reads(r, j));
    if (record) {
      used.add(record);
      matched.push({ judged: j, record });
    } else misses.push(j);
  }
  const extra = mine.filter((r) => !used.has(r));
  return {
    judged: [...judged],
    notJudged: [...new Set(targets.map((r) => r.document))].filter((d) => !judged.has(d)),
    matched,
    misses,
    extra,
    recall: list.targets.length ? matched.length / list.targets.length : 1,
    precision: mine.length ? matched.length / mine.length : 1,
  };
}

/** Target records that read a figure the list rules out: one quoting it and stating one of its numbers. */
export function readNotTargets(records: readonly TargetRecord[], list: JudgedTargets): { notTarget: JudgedNotTarget; record: TargetRecord }[] {
  return list.notTargets.flatMap((n) => {
    const numbers = numbersIn(n.printed);
    return records
      .filter((r) => r.kind === 'target' && r.document === n.document && r.clause === n.clause && r.quote.includes(n.printed))
      .filter((r) => [r.value, r.min, r.max].some((v) => v !== null && numbers.includes(v)))
      .map((record) => ({ notTarget: n, record }));
  });
}

/** Entries of the list that do not point at words of a clause: `content/targets-judged.json targets[3] (doc#c): …`. */
export function judgedProblems(list: JudgedTargets, docs: readonly SourceDocument[]): string[] {
  const problems: string[] = [];
  const check = (kind: string, entries: readonly (JudgedTarget | JudgedNotTarget)[]) =>
    entries.forEach((e, i) => {
      const where = `content/targets-judged.json ${kind}[${i}] (${e.document}#${e.clause})`;
      const clause = docs.find((d) => d.id === e.document)?.clauses.find((c) => c.id === e.clause);
      if (!list.documents.includes(e.document)) problems.push(`${where}: document is not in "documents"`);
      else if (!clause) problems.push(`${where}: unknown clause`);
      else if (!clause.text.includes(e.printed)) problems.push(`${where}: "${e.printed}" is not in the clause text`);
    });
  for (const d of list.documents) if (!docs.some((x) => x.id === d)) problems.push(`content/targets-judged.json documents: unknown document "${d}"`);
  check('targets', list.targets);
  check('notTargets', list.notTargets);
  return problems;
}

/** `guangzhou-opening-2021-2025#p4-s2-i6 中外合作办学项目零突破 (中等职业学校中外合作办学项目…)` */
export function formatMiss(j: JudgedTarget): string {
  return `${j.document}#${j.clause} ${j.printed} (${j.what})`;
}
