import { describe, expect, it } from 'vitest';
import { regionColours } from './palette.ts';
import { layoutPlanTimeline, type TimelineDocument } from './plan-timeline.ts';
import { renderPlanTimeline } from './plan-timeline-svg.ts';
import { summariseTimeline } from './summaries.ts';

const docs: TimelineDocument[] = [
  { id: 'yz', title: '渝中方案', region: 'yuzhong', regionName: '渝中区', kind: 'plan', period: { start: 2019, end: 2021 }, milestones: [2021], year: 2019 },
  { id: 'cq', title: '重庆规划', region: 'chongqing', regionName: '重庆市', kind: 'plan', period: { start: 2024, end: 2035 }, milestones: [2027, 2029, 2035], year: 2024 },
  { id: 'news', title: '渝中报道', region: 'yuzhong', regionName: '渝中区', kind: 'report', period: null, milestones: [], year: 2024 },
];

describe('plan timeline', () => {
  const g = layoutPlanTimeline(docs, regionColours(['chongqing', 'yuzhong']));

  it('spans the first to the last year with a tick a year', () => {
    expect(g.ticks[0]!.label).toBe('2019');
    expect(g.ticks.at(-1)!.label).toBe('2035');
    expect(g.ticks).toHaveLength(17);
  });

  it('draws periods as bars, milestones as marks, reports as dots', () => {
    const [yz, cq, news] = g.rows;
    expect(yz!.bar!.x1).toBe(g.ticks[0]!.x);
    expect(cq!.milestones.map((m) => m.year)).toEqual([2027, 2029, 2035]);
    expect(cq!.milestones.at(-1)!.x).toBe(cq!.bar!.x2);
    expect(news!.bar).toBeUndefined();
    expect(news!.dot!.x).toBe(g.ticks[5]!.x);
    expect(g.unplaced).toEqual([]);
  });

  it('renders stable SVG markup', () => {
    const svg = renderPlanTimeline(g, { id: 'tl', title: '规划期', desc: '三份文件' });
    expect(svg.match(/class="mark /g)).toHaveLength(2 + 4 + 1);
    expect(svg).not.toContain('style=');
    expect(svg).toMatchSnapshot();
  });
});

describe('plan timeline with plans that state no period', () => {
  const open: TimelineDocument[] = [
    ...docs,
    { id: 'cd', title: '成都计划', region: 'chengdu', regionName: '成都市', kind: 'plan', period: null, milestones: [], year: 2040 },
    { id: 'wh', title: '武汉方案', region: 'wuhan', regionName: '武汉市', kind: 'plan', period: null, milestones: [], year: null },
  ];
  const g = layoutPlanTimeline(open, regionColours(['chongqing', 'yuzhong', 'chengdu', 'wuhan']));

  it('keeps a row for every document, in order', () => {
    expect(g.rows.map((r) => r.id)).toEqual(['yz', 'cq', 'news', 'cd', 'wh']);
  });

  it('draws a plan without a period at its issue year, as a plan, and stretches the axis to reach it', () => {
    const cd = g.rows.find((r) => r.id === 'cd')!;
    expect(cd.bar).toBeUndefined();
    expect(cd.dot).toBeUndefined();
    expect(cd.issued!.x).toBe(g.ticks.at(-1)!.x);
    expect(g.ticks.at(-1)!.label).toBe('2040');
    expect(cd.issued!.tip).toBe('成都计划：2040年印发，未写明规划期');
    const svg = renderPlanTimeline(g, { id: 'tl', title: '规划期', desc: '五份文件' });
    expect(svg).toMatch(/<g class="mark issued"[^>]*><title>成都计划：2040年印发，未写明规划期<\/title>/);
  });

  it('names the plan it cannot place, rather than dropping it', () => {
    const wh = g.rows.find((r) => r.id === 'wh')!;
    expect([wh.bar, wh.dot, wh.issued]).toEqual([undefined, undefined, undefined]);
    expect(g.unplaced).toEqual(['wh']);
    expect(summariseTimeline(open)).toContain('未写明规划期：成都市成都计划（2040年印发）、武汉市武汉方案（年份不详）。');
  });

  it('lays out a corpus of undated plans without failing', () => {
    const only = layoutPlanTimeline([open.at(-1)!], new Map());
    expect(only.ticks).toEqual([]);
    expect(only.rows).toHaveLength(1);
    expect(only.unplaced).toEqual(['wh']);
  });
});

describe('plan timeline axis and colours', () => {
  const plan = (id: string, region: string, start: number, end: number): TimelineDocument => ({ id, title: id, region, regionName: region, kind: 'plan', period: { start, end }, milestones: [], year: null });

  it('reaches a plan’s period even when it names no milestone or year, and labels the last year', () => {
    const g = layoutPlanTimeline([plan('a', 'yuzhong', 2019, 2021), plan('b', 'yuzhong', 2022, 2024)], regionColours(['yuzhong']));
    expect(g.ticks.map((t) => t.label)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(g.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2019', '2021', '2023', '2024']);
    expect(g.rows[1]!.bar!.x2).toBe(g.axis.right);
  });

  it('draws a region without a colour of its own in a visible grey', () => {
    const g = layoutPlanTimeline([plan('a', 'elsewhere', 2019, 2021)], regionColours(['yuzhong']));
    expect(g.rows[0]!.colour).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });
});
