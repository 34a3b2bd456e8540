import { describe, expect, it } from 'vitest';
import type { AlignedClause } from '../../schemas/alignment.ts';
import { pairCounts, planComparisons } from './plan-comparisons.ts';

const link = (document: string): AlignedClause => ({ document, clause: 'q1', score: 0.5, themes: [], names: [], words: [], indicators: [], by: 'aligner' });
const ev = { themes: [], names: [], words: [], indicators: [] };

describe('planComparisons', () => {
  const counts = pairCounts({ q1: { evidence: ev, aligned: [link('x'), link('y')] }, q2: { evidence: ev, aligned: [link('y'), link('z')] } });
  it('counts aligned pairs by plan', () => {
    expect([...counts]).toEqual([['x', 1], ['y', 2], ['z', 1]]);
  });
  it('offers the region’s neighbours and the plans above first, then the most aligned, each once', () => {
    const got = planComparisons({ previous: 'p', next: 'y', above: ['u'] }, counts);
    expect(got.map((c) => `${c.plan}:${c.reason}:${c.pairs}`)).toEqual(['p:previous:0', 'y:next:2', 'u:above:0', 'x:aligned:1', 'z:aligned:1']);
  });
  it('stops at the limit', () => {
    expect(planComparisons(undefined, counts, 2).map((c) => c.plan)).toEqual(['y', 'x']);
  });
});
