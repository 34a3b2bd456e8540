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

describe('what a target covers and how it binds', () => {
  const colleges: Indicator = { id: 'model-colleges', name: '示范学院', nameEn: 'Model colleges', group: 'modernisation', terms: [{ text: '省级示范学院', scope: '省级' }, { text: '国家级示范学院', scope: '国家级' }], units: ['所'] };
  const labs: Indicator = { id: 'labs', name: '实验室', nameEn: 'Labs', group: 'modernisation', terms: [{ text: '实验室', scope: null }], units: ['个'] };
  const partners: Indicator = { id: 'partner-schools', name: '结对学校', nameEn: 'Partner schools', group: 'opening', terms: [{ text: '结对学校', scope: null }], units: ['对'] };
  const hours: Indicator = { id: 'reading-time', name: '阅读时间', nameEn: 'Reading time', group: 'modernisation', terms: [{ text: '阅读时间', scope: null }], units: ['小时'] };
  const scoped = (text: string, indicators: Indicator[]) =>
    readTargetSentences(planWithBackground([], [text]), indicators).map((d) => [d.indicator, d.value ?? `${d.min}-${d.max}`, d.scope, d.comparison]);

  it('a part joined by 和 to a figure before it belongs to that figure: three sets of labs are three scopes, not one indicator stated three ways', () => {
    expect(scoped('建设3所国家级示范学院和12个以上实验室，建设8所省级示范学院和40个实验室。', [colleges, labs])).toEqual([
      ['model-colleges', 3, '国家级', 'exact'],
      ['labs', 12, '国家级示范学院', 'at-least'],
      ['model-colleges', 8, '省级', 'exact'],
      ['labs', 40, '省级示范学院', 'exact'],
    ]);
  });

  it('a phrase opening 在…阶段 narrows its target to that stage', () => {
    expect(scoped('在学前教育阶段新增结对学校15对。', [partners])).toEqual([['partner-schools', 15, '学前教育阶段', 'exact']]);
  });

  it('what a plan guarantees is a floor, and a norm for every day or every pupil stands from the first year, not due by the last', () => {
    const doc = planWithBackground([], ['确保学生每天课外阅读时间2小时，使学生掌握2—3门乐器。']);
    const start = doc.meta.period && doc.meta.period !== 'unknown' ? doc.meta.period.start : undefined;
    const instruments: Indicator = { id: 'instruments', name: '乐器', nameEn: 'Instruments', group: 'modernisation', terms: [{ text: '乐器', scope: null }], units: ['门'] };
    expect(readTargetSentences(doc, [hours, instruments]).map((d) => [d.value ?? `${d.min}-${d.max}`, d.comparison, d.measure, d.year, d.yearBasis])).toEqual([
      [2, 'at-least', 'standing', start, 'in-force'],
      ['2-3', 'range', 'standing', start, 'in-force'],
    ]);
  });
});
