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

describe('which figures a sum adds', () => {
  const whole = row(30, 40);

  it('adds only figures already reached, as levels, stated exactly: not targets, increases or bounds', () => {
    const parts = (over: Partial<Unchecked>) => [rec({ id: 'a', value: 10, scope: '东', ...over }), rec({ id: 'b', value: 20, scope: '西', ...over })];
    expect(checksOf([...parts({ kind: 'target' }), rec({ id: 'w', kind: 'target', value: 30, clause: 'c2' })])).toEqual([]);
    expect(checksOf([...parts({ measure: 'increase' }), whole])).toEqual([]);
    expect(checksOf([...parts({ comparison: 'at-least', max: null }), whole])).toEqual([]);
  });

  it('takes two figures of one scope, or one with no scope, for no parts of a whole', () => {
    expect(checksOf([rec({ id: 'a', value: 10, scope: '东' }), rec({ id: 'b', value: 20, scope: '东' }), whole])).toEqual([]);
    // 共有30所，其中东部20所: the unscoped figure is the whole of its own clause, not a part.
    expect(checksOf([rec({ id: 'a', value: 30 }), rec({ id: 'b', value: 20, scope: '东' }), rec({ id: 'w', value: 50, scope: '全市', clause: 'c2' })])).toEqual([]);
  });
});

describe('which figures a difference compares', () => {
  const inc = (over: Partial<Unchecked> = {}) => rec({ id: 'inc', kind: 'target', measure: 'increase', year: 2025, clause: 'c9', value: 50, min: 50, max: 50, ...over });

  it('computes a difference only from a table row with its baseline, an exact level target', () => {
    // A target the text states has no baseline to subtract.
    expect(checksOf([rec({ id: 't', kind: 'target', value: 150, year: 2025, clause: 'c2' }), inc()])).toEqual([]);
    expect(checksOf([row(100, 150, { comparison: 'at-least', max: null }), inc()])).toEqual([]);
    expect(checksOf([row(100, 150, { comparison: 'range', value: null, min: 140, max: 160 }), inc()])).toEqual([]);
    expect(checksOf([row(100, 150, { measure: 'annual' }), inc()])).toEqual([]);
  });

  it('compares it with an increase set as a target, of the same document and unit', () => {
    expect(checksOf([row(100, 150), inc({ kind: 'baseline' })])).toEqual([]);
    expect(checksOf([row(100, 150), inc({ document: 'other' })])).toEqual([]);
    expect(checksOf([row(100, 150), inc({ unit: '所' })])).toEqual([]);
  });

  it('admits a difference inside a stated range or bound, edges included, and no other', () => {
    const agrees = (computed: number, over: Partial<Unchecked>) => checksOf([row(100, 100 + computed), inc(over)])[0]!.agrees;
    const range = { comparison: 'range' as const, value: null, min: 30, max: 50 };
    expect([20, 30, 40, 50, 60].map((d) => agrees(d, range))).toEqual([false, true, true, true, false]);
    const atLeast = { comparison: 'at-least' as const, max: null };
    expect([40, 50, 60].map((d) => agrees(d, atLeast))).toEqual([false, true, true]);
    const atMost = { comparison: 'at-most' as const, min: null };
    // A row that falls (100 → 90) is within 新增不超过50.
    expect([-10, 40, 50, 60].map((d) => agrees(d, atMost))).toEqual([true, true, true, false]);
  });

  it('says in its note what the text states and by how much an exact figure is off', () => {
    const note = (computed: number, over: Partial<Unchecked>) => checkFigures([row(100, 100 + computed), inc({ quote: '新增50对', ...over })])[0]!.checks[0]!.note;
    expect(note(50, {})).toBe('指标表2020年100对 → 2025年150对，增加50对；正文“新增50对”为新增50对，两者一致。');
    expect(note(53, {})).toBe('指标表2020年100对 → 2025年153对，增加53对；正文“新增50对”为新增50对，两者不一致（相差3对），原文未作说明。');
    expect(note(47, { comparison: 'about' })).toContain('两者不一致（相差3对）');
    expect(note(60, { comparison: 'at-most', min: null })).toBe('指标表2020年100对 → 2025年160对，增加60对；正文“新增50对”为新增不超过50对，两者不一致，原文未作说明。');
    expect(note(40, { comparison: 'at-least', max: null })).toContain('为新增不少于50对，两者不一致，原文未作说明');
    expect(note(60, { comparison: 'range', value: null, min: 30, max: 50 })).toContain('为新增30—50对，两者不一致，原文未作说明');
  });
});

describe('which figures a restatement compares', () => {
  it('does not take a target and a figure already reached for one figure stated twice', () => {
    expect(checksOf([rec({ id: 'a', kind: 'target', value: 60, year: 2025 }), rec({ id: 'b', kind: 'outcome', value: 55, year: 2025, clause: 'c2' })])).toEqual([]);
  });

  it('raises no alarm over a range and a figure inside it', () => {
    const range = rec({ id: 'a', comparison: 'range', value: null, min: 3, max: 5 });
    const four = rec({ id: 'b', value: 4, clause: 'c2' });
    expect(checksOf([range, four])).toEqual([]);
    expect(checksOf([{ ...four, id: 'a', clause: 'c1' }, { ...range, id: 'b', clause: 'c2' }])).toEqual([]);
  });

  it('says in its note which two figures disagree and by how much', () => {
    const out = checkFigures([rec({ id: 'a', value: 12, quote: '12对' }), rec({ id: 'b', value: 13, quote: '13对', clause: 'c2' })]);
    expect(out[0]!.checks[0]!.note).toBe('同一数字两处：“12对”为12对，“13对”为13对，两者不一致（相差1对），原文未作说明。');
  });
});
