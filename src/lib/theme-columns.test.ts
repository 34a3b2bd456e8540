import { describe, expect, it } from 'vitest';
import { columnCount, themeColumns, type ColumnPlan } from './theme-columns.ts';

const plan = (i: number, level: ColumnPlan['level']): ColumnPlan => ({ id: `p${i}`, level, title: `文件${i}` });

describe('columns of a theme × plans table', () => {
  it('gives each plan a column while they fit', () => {
    const cols = themeColumns([plan(1, 'city'), plan(2, 'district')], 12);
    expect(cols.map((c) => c.plan)).toEqual(['p1', 'p2']);
  });

  it('past the limit, one column a level with plans, whatever the number of plans', () => {
    const many = Array.from({ length: 1000 }, (_, i) => plan(i, i % 3 === 0 ? 'city' : 'district'));
    const cols = themeColumns(many, 12);
    expect(cols.map((c) => c.id)).toEqual(['level-city', 'level-district']);
    expect(cols.flatMap((c) => c.plans).sort()).toEqual(many.map((p) => p.id).sort());
  });

  it('counts the clauses on a theme in a column and the plans that have any', () => {
    const [col] = themeColumns(Array.from({ length: 13 }, (_, i) => plan(i, 'city')), 12);
    expect(columnCount({ p1: ['a', 'b'], p2: [], p3: ['c'], other: ['x'] }, col!)).toEqual({ clauses: 3, plans: 2 });
  });
});
