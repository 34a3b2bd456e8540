import { describe, expect, it } from 'vitest';
import type { FigureCheck } from '../schemas/target.ts';
import { record } from './charts/fixtures.test-data.ts';
import { checkAnchor, checkLabel, checksOfFigure, collectChecks } from './figure-checks.ts';

const check = (id: string, agrees: boolean): FigureCheck => ({ id, kind: 'sum', agrees, stated: 3, computed: agrees ? 3 : 4, unit: '对', records: ['a', 'b'], baselines: [], note: 'n' });

describe('collectChecks', () => {
  it('lists each check once, disagreements first, whichever records carry it', () => {
    const ok = check('sum:a', true);
    const bad = check('difference:b', false);
    const a = record({ id: 'a', indicator: 'i', document: 'd', region: 'r', year: 2020, checks: [ok] });
    const b = record({ id: 'b', indicator: 'i', document: 'd', region: 'r', year: 2020, checks: [ok, bad] });
    expect(collectChecks([a, b]).map((c) => c.id)).toEqual(['difference:b', 'sum:a']);
  });
});

describe('checkAnchor and checkLabel', () => {
  it('make a valid fragment and a short mark', () => {
    expect(checkAnchor({ id: 'sum:gz/p1-s4-q1/sister-schools-2' })).toBe('check-sum-gz-p1-s4-q1-sister-schools-2');
    expect(checkLabel({ kind: 'difference', agrees: false })).toBe('✗ 增量不一致');
  });
});

describe('checksOfFigure', () => {
  it('shows a table row’s summed baseline beside the baseline, and the row’s increase check beside its target', () => {
    const sum: FigureCheck = { ...check('sum:a', true), records: ['a', 'row'], baselines: ['row'] };
    const diff: FigureCheck = { ...check('difference:row', false), kind: 'difference', records: ['row', 'inc'] };
    const row = record({ id: 'row', indicator: 'i', document: 'd', region: 'r', year: 2025, baseline: 377, baselineYear: 2020, checks: [sum, diff] });
    expect(checksOfFigure(row, true).map((c) => c.id)).toEqual(['sum:a']);
    expect(checksOfFigure(row, false).map((c) => c.id)).toEqual(['difference:row']);
  });
});
