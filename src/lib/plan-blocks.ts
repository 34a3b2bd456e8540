import type { Clause } from '../schemas/clause.ts';

/** What a plan page shows in reading order: a clause, a table with its rows, or a run of list items. */
export type PlanBlock =
  | { type: 'clause'; clause: Clause }
  | { type: 'table'; table: Clause; rows: Clause[] }
  | { type: 'list'; items: Clause[] };

/**
 * Groups a plan's clauses into the blocks its page renders: rows go into their table (in the
 * order they come), consecutive list items of one group into one list (lists printed apart stay
 * apart); every other clause stands alone.
 */
export function planBlocks(clauses: readonly Clause[]): PlanBlock[] {
  const rows = new Map<string, Clause[]>();
  for (const c of clauses) {
    if (c.kind === 'row' && c.parent) rows.set(c.parent, [...(rows.get(c.parent) ?? []), c]);
  }
  const blocks: PlanBlock[] = [];
  for (const c of clauses) {
    if (c.kind === 'row') continue;
    const last = blocks.at(-1);
    if (c.kind === 'list-item' && last?.type === 'list' && last.items.at(-1)!.group === c.group) last.items.push(c);
    else if (c.kind === 'list-item') blocks.push({ type: 'list', items: [c] });
    else if (c.kind === 'table') blocks.push({ type: 'table', table: c, rows: rows.get(c.id) ?? [] });
    else blocks.push({ type: 'clause', clause: c });
  }
  return blocks;
}
