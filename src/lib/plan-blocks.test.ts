import { describe, expect, it } from 'vitest';
import type { Clause } from '../schemas/clause.ts';
import { planBlocks } from './plan-blocks.ts';

const clause = (id: string, kind: Clause['kind'], parent: string | null = null): Clause => ({ id, label: id, kind, parent, number: '', heading: '', text: id, line: 1 });

describe('a plan page in blocks', () => {
  it('shows every clause once, in order, with rows inside their table and list items in one list', () => {
    const clauses = [
      clause('q1', 'paragraph'),
      clause('t1', 'table'),
      clause('t1-r1', 'row', 't1'),
      clause('t1-r2', 'row', 't1'),
      clause('l1', 'list-item'),
      clause('l2', 'list-item'),
      clause('q2', 'paragraph'),
      clause('l3', 'list-item'),
    ];
    const blocks = planBlocks(clauses);
    expect(blocks.map((b) => b.type)).toEqual(['clause', 'table', 'list', 'clause', 'list']);
    const shown = blocks.flatMap((b) => (b.type === 'clause' ? [b.clause] : b.type === 'table' ? [b.table, ...b.rows] : b.items)).map((c) => c.id);
    expect(shown).toEqual(clauses.map((c) => c.id));
  });

  it('keeps a table without rows, and rows of two tables apart', () => {
    const blocks = planBlocks([clause('t1', 'table'), clause('t2', 'table'), clause('t2-r1', 'row', 't2')]);
    expect(blocks).toEqual([
      { type: 'table', table: clause('t1', 'table'), rows: [] },
      { type: 'table', table: clause('t2', 'table'), rows: [clause('t2-r1', 'row', 't2')] },
    ]);
  });

  it('keeps lists printed apart as separate lists, items numbered on across them', () => {
    const item = (id: string, group: number): Clause => ({ ...clause(id, 'list-item'), group });
    const blocks = planBlocks([item('l1', 1), item('l2', 1), item('l3', 2), item('l4', 2)]);
    expect(blocks.map((b) => (b.type === 'list' ? b.items.map((i) => i.id) : b.type))).toEqual([
      ['l1', 'l2'],
      ['l3', 'l4'],
    ]);
  });
});
