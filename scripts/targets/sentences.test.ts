import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schemas/clause.ts';
import type { Indicator } from '../../src/schemas/target.ts';
import { findCandidates } from './candidates.ts';
import { clauseOf, planWithBackground } from './fixture-docs.test-data.ts';
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

describe('which clauses and sentences hold targets', () => {
  const campuses: Indicator = { id: 'smart-campuses', name: '智慧校园', nameEn: 'Smart campuses', group: 'modernisation', terms: [{ text: '智慧校园', scope: null }], units: ['所'] };
  const target = '到2025年，建成智慧校园10所。';
  const planOf = (clauses: Clause[]) => ({ ...planWithBackground([], []), clauses: [clauseOf('p2', '二、主要目标', 'part'), ...clauses] });
  const readIn = (clauses: Clause[]) => readTargetSentences(planOf(clauses), [campuses]).map((d) => [d.clause, d.indicator, d.value]);

  it('reads paragraphs, list items and a note under a table, but not a title, masthead, notice, table, caption, byline or framing text', () => {
    for (const kind of ['title', 'masthead', 'notice', 'table', 'caption', 'byline', 'framing'] as const) {
      expect(readIn([clauseOf('c1', target, kind, 'p2')]), kind).toEqual([]);
    }
    expect(readIn([clauseOf('c1', target, 'paragraph', 'p2'), clauseOf('c2', target, 'list-item', null)])).toEqual([
      ['c1', 'smart-campuses', 10],
      ['c2', 'smart-campuses', 10],
    ]);
  });

  it('leaves the rows of an indicator table to the table rule, but reads the rows of any other table and a note under either', () => {
    const table = (id: string, cells: string[]): Clause => ({ ...clauseOf(id, cells.join(' '), 'table', 'p2'), cells });
    const clauses = [
      table('t1', ['序号', '指标', '2020年', '2025年', '属性']),
      clauseOf('t1-r1', target, 'row', 't1'),
      clauseOf('t1-n1', target, 'paragraph', 't1'),
      table('t2', ['项目', '目标']),
      clauseOf('t2-r1', target, 'row', 't2'),
    ];
    expect(readIn(clauses).map(([clause]) => clause)).toEqual(['t1-n1', 't2-r1']);
  });

  it('skips a sentence that says what is already reached, and reads the target after it', () => {
    expect(readIn([clauseOf('c1', '截至2020年底，已建成智慧校园12所。到2025年，智慧校园达到20所。', 'paragraph', 'p2')])).toEqual([['c1', 'smart-campuses', 20]]);
  });

  it('lets each term of a list take a figure of its own item: 5所 is not a count of pairs of schools', () => {
    const pairs: Indicator = { id: 'partner-schools', name: '友好学校', nameEn: 'Partner schools', group: 'opening', terms: [{ text: '友好学校', scope: null }], units: ['所'] };
    const doc = planWithBackground([], ['到2025年，缔结友好学校20对、新建智慧校园5所。']);
    expect(readTargetSentences(doc, [pairs, campuses]).map((d) => [d.indicator, d.value, d.unit])).toEqual([
      ['unassigned', 20, '对'],
      ['smart-campuses', 5, '所'],
    ]);
  });

  it('reads 学生掌握 as a standing norm without 都 or 使, and dates a norm by its sentence in a plan with no period', () => {
    const skills: Indicator = { id: 'skills', name: '运动技能', nameEn: 'Sports skills', group: 'modernisation', terms: [{ text: '运动技能', scope: null }], units: ['项'] };
    const doc = planWithBackground([], ['到2025年，中小学生掌握2项运动技能。']);
    expect(readTargetSentences(doc, [skills]).map((d) => [d.measure, d.year, d.yearBasis])).toEqual([['standing', 2021, 'in-force']]);
    const undated = { ...doc, meta: { ...doc.meta, period: null } };
    expect(readTargetSentences(undated, [skills]).map((d) => [d.measure, d.year, d.yearBasis])).toEqual([['standing', 2025, 'stated']]);
  });
});

describe('the coverage a phrase gives its figure, at its edges', () => {
  const colleges: Indicator = { id: 'model-colleges', name: '示范学院', nameEn: 'Model colleges', group: 'modernisation', terms: [{ text: '国家级示范学院', scope: '国家级' }, { text: '示范学院', scope: null }], units: ['所'] };
  const labs: Indicator = { id: 'labs', name: '实验室', nameEn: 'Labs', group: 'modernisation', terms: [{ text: '实验室', scope: null }, { text: '重点实验室', scope: '重点' }], units: ['个'] };
  const scopes = (text: string, indicators: Indicator[] = [colleges, labs]) =>
    readTargetSentences(planWithBackground([], [text]), indicators).map((d) => [d.indicator, d.value, d.scope]);

  it('joins a part to the figure before it across spaces around 和', () => {
    expect(scopes('建设3所国家级示范学院 和 12个实验室。')).toEqual([
      ['model-colleges', 3, '国家级'],
      ['labs', 12, '国家级示范学院'],
    ]);
  });

  it('joins it only when 和 alone stands between: not after another noun, nor before another verb', () => {
    expect(scopes('建设3所国家级示范学院、一批研究中心和12个实验室。').at(-1)).toEqual(['labs', 12, null]);
    expect(scopes('建设3所国家级示范学院和新建12个实验室。').at(-1)).toEqual(['labs', 12, null]);
  });

  it('keeps a term’s own scope, and gives a figure that names no indicator none', () => {
    expect(scopes('建设3所示范学院和12个重点实验室。')).toEqual([
      ['model-colleges', 3, null],
      ['labs', 12, '重点'],
    ]);
    expect(scopes('建设3所国家级示范学院和12个实验室。', [colleges])).toEqual([
      ['model-colleges', 3, '国家级'],
      ['unassigned', 12, null],
    ]);
  });

  it('narrows to a stage only when the phrase opens with 在: 旨在 is not "in"', () => {
    expect(scopes('新增旨在提升科创领域的实验室12个。')).toEqual([['labs', 12, null]]);
  });
});
