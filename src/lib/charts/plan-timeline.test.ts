import { describe, expect, it } from 'vitest';
import { regionColours } from './palette.ts';
import { layoutPlanTimeline } from './plan-timeline.ts';
import { renderPlanTimeline } from './plan-timeline-svg.ts';

const docs = [
  { id: 'yz', title: '渝中方案', region: 'yuzhong', regionName: '渝中区', period: { start: 2019, end: 2021 }, milestones: [2021], year: 2019 },
  { id: 'cq', title: '重庆规划', region: 'chongqing', regionName: '重庆市', period: { start: 2024, end: 2035 }, milestones: [2027, 2029, 2035], year: 2024 },
  { id: 'news', title: '渝中报道', region: 'yuzhong', regionName: '渝中区', period: null, milestones: [], year: 2024 },
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
  });

  it('renders stable SVG markup', () => {
    const svg = renderPlanTimeline(g, { id: 'tl', title: '规划期', desc: '三份文件' });
    expect(svg.match(/class="mark /g)).toHaveLength(2 + 4 + 1);
    expect(svg).not.toContain('style=');
    expect(svg).toMatchSnapshot();
  });
});
