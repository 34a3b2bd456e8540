import { describe, expect, it } from 'vitest';
import { describeAligned, describeAlignedHtml } from './describe.ts';

describe('describeAligned', () => {
  const names = (id: string) => ({ luban: '鲁班工坊' })[id] ?? id;
  it('says who paired the clauses, what they share by name without repeats, and the score', () => {
    expect(describeAligned({ by: 'both', score: 0.5432, themes: ['luban'], terms: ['鲁班工坊', '境外办学'] }, names)).toBe('编辑确认；共同：鲁班工坊、境外办学；得分 0.54');
    expect(describeAligned({ by: 'editor', score: 0.1, themes: [], terms: [] }, names)).toBe('编辑判定；得分 0.10');
    expect(describeAligned({ by: 'aligner', score: 1, themes: [], terms: ['甲', '乙', '丙'] }, names, 2)).toBe('共同：甲、乙；得分 1.00');
  });
});

describe('describeAlignedHtml', () => {
  const names = { zh: (id: string) => ({ luban: '鲁班工坊' })[id] ?? id, en: (id: string) => ({ luban: 'Luban Workshop' })[id] ?? id };
  it('names shared themes in the edition’s language and keeps shared words in Chinese, marked as Chinese', () => {
    const facts = { by: 'both', score: 0.5432, themes: ['luban'], terms: ['鲁班工坊', '境外<办学>'] } as const;
    expect(describeAlignedHtml(facts, names, 'en')).toBe(' (confirmed by an editor; shared: Luban Workshop, <span lang="zh-CN">境外&lt;办学&gt;</span>; score 0.54)');
    expect(describeAlignedHtml(facts, names, 'zh')).toBe('（编辑确认；共同：鲁班工坊、境外&lt;办学&gt;；得分 0.54）');
  });
});
