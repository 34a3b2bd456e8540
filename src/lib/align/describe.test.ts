import { describe, expect, it } from 'vitest';
import { describeAligned } from './describe.ts';

describe('describeAligned', () => {
  const names = (id: string) => ({ luban: '鲁班工坊' })[id] ?? id;
  it('says who paired the clauses, what they share by name without repeats, and the score', () => {
    expect(describeAligned({ by: 'both', score: 0.5432, themes: ['luban'], terms: ['鲁班工坊', '境外办学'] }, names)).toBe('编辑确认；共同：鲁班工坊、境外办学；得分 0.54');
    expect(describeAligned({ by: 'editor', score: 0.1, themes: [], terms: [] }, names)).toBe('编辑判定；得分 0.10');
    expect(describeAligned({ by: 'aligner', score: 1, themes: [], terms: ['甲', '乙', '丙'] }, names, 2)).toBe('共同：甲、乙；得分 1.00');
  });
});
