import { describe, expect, it } from 'vitest';
import { record } from './charts/fixtures.test-data.ts';
import { indicatorTimeline, indicatorsWithTimelines, targetsMeetOutcomes } from './indicator-timeline.ts';

// A made-up indicator, `friends`, stated by a district plan, a city plan with a table, and a district report.
const planTarget = record({ id: 'plan/c1/friends', indicator: 'friends', document: 'plan', region: 'town', year: 2021, value: 60, min: 60, max: 60, unit: '所' });
const planTargetInOtherUnit = record({ id: 'plan/c2/friends', indicator: 'friends', document: 'plan', region: 'town', year: 2021, value: 60, min: 60, max: 60, unit: '个' });
const cityRow = record({ id: 'city/r6/friends', indicator: 'friends', document: 'city', region: 'city', year: 2025, value: 430, min: 430, max: 430, unit: '对', baseline: 377, baselineYear: 2020, source: 'table' });
const cityBase = record({ id: 'city/p1/friends', indicator: 'friends', document: 'city', region: 'city', year: 2020, kind: 'baseline', value: 88, min: 88, max: 88, unit: '对', scope: '国际' });
const reported = record({ id: 'news/l21/friends', indicator: 'friends', document: 'news', region: 'town', year: 2024, kind: 'outcome', value: 126, min: 126, max: 126, unit: '所' });
const other = record({ id: 'plan/c1/other', indicator: 'other', document: 'plan', region: 'town', year: 2021 });
const records = [planTarget, planTargetInOtherUnit, cityRow, cityBase, reported, other];

describe('indicatorTimeline', () => {
  it('puts baselines, targets and outcomes of one indicator in year order, a table row’s baseline as its own entry', () => {
    expect(indicatorTimeline(records, 'friends').map((e) => `${e.year} ${e.kind} ${e.figure.value}${e.figure.unit}${e.fromTable ? ' (table)' : ''}`)).toEqual([
      '2020 baseline 377对 (table)',
      '2020 baseline 88对',
      '2021 target 60所',
      '2021 target 60个',
      '2024 outcome 126所',
      '2025 target 430对',
    ]);
  });

  it('has nothing for an unassigned figure, which links nothing', () => {
    expect(indicatorTimeline([record({ id: 'x', indicator: 'unassigned', indicatorName: '未归入指标', document: 'd', region: 'r', year: 2024 })], 'unassigned')).toEqual([]);
  });
});

describe('targetsMeetOutcomes', () => {
  it('sets a region’s target beside its later outcome, and says what the comparison can and cannot tell', () => {
    const pairs = targetsMeetOutcomes(records, 'friends');
    expect(pairs.map((p) => [p.target.id, p.outcome.id, p.verdict])).toEqual([
      ['plan/c1/friends', 'news/l21/friends', 'reached'],
      ['plan/c2/friends', 'news/l21/friends', 'not-comparable'],
    ]);
    expect(pairs[0]!.note).toBe('2021年目标60所，2024年实际126所：达到目标。报道晚于目标年3年，不说明2021年当时是否达到。');
    expect(pairs[1]!.note).toContain('单位不同（个、所）');
  });

  it('does not judge a city’s target by a district’s report', () => {
    expect(targetsMeetOutcomes([cityRow, { ...reported, unit: '对' }], 'friends')).toEqual([]);
  });

  it('reads an at-least outcome by its floor, and an at-most target by its ceiling', () => {
    const t = record({ id: 't', indicator: 'i', document: 'p', region: 'r', year: 2025, value: 130, min: 130, max: 130 });
    const o = record({ id: 'o', indicator: 'i', document: 'n', region: 'r', year: 2025, kind: 'outcome', comparison: 'at-least', value: 120, min: 120, max: null });
    expect(targetsMeetOutcomes([t, o], 'i')[0]).toMatchObject({ verdict: 'not-reached', note: '2025年目标130个，2025年实际不少于120个：未达到目标。', noteEn: '2025 target 130, 2025 outcome at least 120: target not reached.' });
    const cap = record({ id: 'cap', indicator: 'i', document: 'p', region: 'r', year: 2025, comparison: 'at-most', value: 150, min: null, max: 150 });
    expect(targetsMeetOutcomes([cap, o], 'i')[0]!.verdict).toBe('reached');
  });
});

describe('indicatorsWithTimelines', () => {
  it('keeps indicators with a target and an outcome or a stated baseline, in the order given', () => {
    expect(indicatorsWithTimelines(records, ['other', 'friends'])).toEqual(['friends']);
    expect(indicatorsWithTimelines([cityRow], ['friends'])).toEqual([]);
  });
});
