import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '../../src/schemas/target.ts';
import { checkFigures } from './checks.ts';

type Unchecked = Omit<TargetRecord, 'checks'>;
let n = 0;
/** A record of the made-up document `doc`, indicator `pairs`, counted in 对. */
function rec(over: Partial<Unchecked>): Unchecked {
  const value = over.value ?? null;
  return {
    id: `doc/c${++n}/pairs`,
    indicator: 'pairs',
    indicatorName: '结对',
    scope: null,
    kind: 'baseline',
    comparison: 'exact',
    value,
    min: value,
    max: value,
    unit: '对',
    measure: 'level',
    year: 2020,
    yearBasis: 'stated',
    baseline: null,
    baselineYear: null,
    attribute: null,
    document: 'doc',
    region: 'city',
    clause: 'c1',
    quote: `${value}对`,
    source: 'report',
    ...over,
  };
}
const checksOf = (records: Unchecked[]) => {
  const out = new Map<string, TargetRecord['checks'][number]>();
  for (const r of checkFigures(records)) for (const c of r.checks) out.set(c.id, c);
  return [...out.values()].map((c) => ({ kind: c.kind, agrees: c.agrees, stated: c.stated, computed: c.computed, records: c.records }));
};
const row = (baseline: number, value: number, over: Partial<Unchecked> = {}) =>
  rec({ id: 'doc/row/pairs', kind: 'target', value, min: value, max: value, year: 2025, yearBasis: 'table', baseline, baselineYear: 2020, clause: 'row', quote: `${baseline} ${value}`, source: 'table', ...over });

describe('checks of figures a document states against each other', () => {
  it('adds parts stated together and compares them with the whole, agreeing or not', () => {
    const parts = [rec({ id: 'a', value: 10, scope: '东' }), rec({ id: 'b', value: 20, scope: '西' })];
    expect(checksOf([...parts, row(30, 40)])).toEqual([{ kind: 'sum', agrees: true, stated: 30, computed: 30, records: ['a', 'b', 'doc/row/pairs'] }]);
    expect(checksOf([...parts, row(31, 40)])).toEqual([{ kind: 'sum', agrees: false, stated: 31, computed: 30, records: ['a', 'b', 'doc/row/pairs'] }]);
  });

  it('does not add parts from different years, units or clauses', () => {
    const parts = [rec({ id: 'a', value: 10, scope: '东' }), rec({ id: 'b', value: 20, scope: '西', clause: 'c2' })];
    expect(checksOf([...parts, row(30, 40)])).toEqual([]);
    expect(checksOf([rec({ id: 'a', value: 10, scope: '东' }), rec({ id: 'b', value: 20, scope: '西', year: 2019 }), row(30, 40)])).toEqual([]);
  });

  it('compares a target less its baseline with the increase the text states', () => {
    const inc = (over: Partial<Unchecked>) => rec({ id: 'inc', kind: 'target', measure: 'increase', year: 2025, clause: 'c9', ...over });
    expect(checksOf([row(100, 150), inc({ value: 50, min: 50, max: 50 })])).toEqual([{ kind: 'difference', agrees: true, stated: 50, computed: 50, records: ['doc/row/pairs', 'inc'] }]);
    expect(checksOf([row(100, 153), inc({ value: 50, min: 50, max: 50 })])[0]).toMatchObject({ agrees: false, stated: 50, computed: 53 });
    // An at-least increase admits any larger difference; a range only what lies in it.
    expect(checksOf([row(100, 153), inc({ comparison: 'at-least', value: 50, min: 50, max: null })])[0]).toMatchObject({ agrees: true });
    expect(checksOf([row(10, 17), inc({ comparison: 'range', value: null, min: 3, max: 5 })])[0]).toMatchObject({ agrees: false, stated: 3, computed: 7 });
    // A narrower scope, another year or unit: not the same increase.
    expect(checksOf([row(100, 150), inc({ value: 20, scope: '其中示范性' })])).toEqual([]);
    expect(checksOf([row(100, 150), inc({ value: 20, year: 2023 })])).toEqual([]);
  });

  it('compares a figure with its restatement elsewhere in the document', () => {
    expect(checksOf([rec({ id: 'a', value: 13 }), row(13, 18)])).toEqual([{ kind: 'repeat', agrees: true, stated: 13, computed: 13, records: ['a', 'doc/row/pairs'] }]);
    expect(checksOf([rec({ id: 'a', value: 12 }), row(13, 18)])[0]).toMatchObject({ kind: 'repeat', agrees: false });
    // Listed in one clause, or with different scopes: different things, not a restatement.
    expect(checksOf([rec({ id: 'a', value: 12 }), rec({ id: 'b', value: 13 })])).toEqual([]);
    expect(checksOf([rec({ id: 'a', value: 12, scope: '东' }), rec({ id: 'b', value: 13, clause: 'c2' })])).toEqual([]);
  });

  it('keeps each check on every record it involves, with a note that states the arithmetic', () => {
    const out = checkFigures([rec({ id: 'a', value: 10, scope: '东' }), rec({ id: 'b', value: 20, scope: '西' }), row(31, 40)]);
    expect(out.map((r) => r.checks.map((c) => c.id))).toEqual([['sum:a'], ['sum:a'], ['sum:a']]);
    expect(out[0]!.checks[0]!.note).toBe('10对（东） + 20对（西） = 30对；指标表2020年基数为31对，两者相差1对，原文未作说明。');
  });

  it('leaves unassigned figures out of every check', () => {
    expect(checksOf([rec({ id: 'a', value: 13, indicator: 'unassigned' }), rec({ id: 'b', value: 12, indicator: 'unassigned', clause: 'c2' })])).toEqual([]);
  });
});
