import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/schemas/target.ts';
import { findCandidates } from './candidates.ts';
import { planWithBackground } from './fixture-docs.test-data.ts';
import { findGaps } from './gaps.ts';
import { readTargetSentences } from './sentences.ts';

const schools: Indicator = { id: 'international-schools', name: '国际学校', nameEn: 'International schools', group: 'opening', terms: [{ text: '国际学校', scope: null }], units: ['所'] };
const read = (targets: string[], indicators: Indicator[] = []) =>
  readTargetSentences(planWithBackground([], targets), indicators).map((d) => [d.indicator, d.value ?? `${d.min}-${d.max}`, d.unit, d.measure, d.year, d.yearBasis]);

describe('open target reading in plans', () => {
  it('makes a record of every figure near a target word, with its indicator or unassigned', () => {
    expect(read(['到“十二五”末，新建国际学校3所；每年接待境外学生2000人次。'], [schools])).toEqual([
      ['international-schools', 3, '所', 'increase', 2015, 'stated'],
      // The deadline of the earlier sentence carries on; 每年 makes it a yearly figure.
      ['unassigned', 2000, '人次', 'annual', 2015, 'context'],
    ]);
    expect(read(['在东南亚、中亚等地区建设2个鲁班工坊，开展技术技能培训。', '每年选派100名中小学骨干教师和校长赴境外研修。'])).toEqual([
      ['unassigned', 2, '个', 'level', 2025, 'period'],
      ['unassigned', 100, '名', 'annual', 2025, 'period'],
    ]);
  });

  it('reads a figure after a target year even with no target word near it', () => {
    expect(read(['到2024年，全市中小学研学旅行基地共计12个。'])).toEqual([['unassigned', 12, '个', 'level', 2024, 'stated']]);
  });

  it('leaves a figure with neither a target word nor a target year alone, and says nothing of it', () => {
    const doc = planWithBackground([], ['助推18个深度贫困乡镇教育脱贫攻坚。']);
    expect(readTargetSentences(doc, [])).toEqual([]);
    expect(findGaps([doc], [])).toEqual([]);
  });

  it('turns no candidate into silence: a plan with no period and no year in the text leaves its candidates as gaps', () => {
    const doc = { ...planWithBackground([], ['培育国际理解教育示范校20所。']), meta: { ...planWithBackground([], []).meta, period: null } };
    expect(readTargetSentences(doc, [])).toEqual([]);
    expect(findGaps([doc], []).map((g) => [g.clause, g.printed, g.cue])).toEqual([['p2-q1', '20所', '培育']]);
  });
});

describe('candidates', () => {
  it('name the target word or year that made each one, within its sentence', () => {
    const text = '到2030年，打造精品课程30门。合作院校已有15所。';
    expect(findCandidates(text).map((c) => [text.slice(c.figure.start, c.figure.end), c.cue])).toEqual([['30门', '打造']]);
  });
});
