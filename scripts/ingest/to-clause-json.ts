import type { Clause } from '../../src/schemas/clause.ts';

/** `content/clauses/<id>.json`: the clause model the plan page renders, one field a line so edits diff well. */
export function toClauseJson(document: string, clauses: readonly Clause[]): string {
  return JSON.stringify({ document, clauses }, null, 1) + '\n';
}
