import { describe, expect, it } from 'vitest';
import type { IndicatorLink } from '../indicator-links.ts';
import type { Indicator } from '../../schemas/target.ts';
import { record, shares, sister } from './fixtures.test-data.ts';
import { regionColours } from './palette.ts';
import { axisTop, layoutTargetComparison, selectComparisonPanels, fitTitle } from './target-comparison.ts';
import { renderTargetComparison } from './target-comparison-svg.ts';

const indicator = (id: string, name: string): Indicator => ({ id, name, nameEn: id, group: 'opening', terms: [{ text: name, scope: null }], units: ['个'] });
const doc = (id: string, region: string) => ({ id, region, level: 'city' as const, shortTitle: `${id}文件` });
const linkOf = (ind: Indicator, records: ReturnType<typeof record>[]): IndicatorLink => {
  const ids = [...new Set(records.map((r) => r.document))];
  return { indicator: ind, documents: ids.map((id) => ({ document: doc(id, records.find((r) => r.document === id)!.region), records: records.filter((r) => r.document === id) })) };
};
const names: Record<string, string> = { chongqing: '重庆市', yuzhong: '渝中区', guangzhou: '广州市' };
const colours = regionColours(['chongqing', 'yuzhong', 'guangzhou']);

describe('target comparison chart', () => {
  const links = [linkOf(indicator('sister', '友好学校'), sister), linkOf(indicator('dual', '“双师型”教师占比'), shares), linkOf(indicator('solo', '孤例'), [record({ id: 'x/p1/solo', indicator: 'solo', document: 'x', region: 'yuzhong', year: 2021 })])];
  const panels = selectComparisonPanels(links, (id) => names[id] ?? id);

  it('keeps indicators stated by several documents, levels only, each figure once', () => {
    expect(panels.map((p) => p.indicator)).toEqual(['sister', 'dual']);
    expect(panels[0]!.points.map((p) => p.record.id)).toEqual(['yz/p2-q1/sister', 'gz/p1/sister', 'gz/r6/sister', 'news/l21/sister']);
  });

  it('lays out one panel per indicator with a mark per point, baselines and bounds', () => {
    const g = layoutTargetComparison(panels, colours);
    expect(g.panels).toHaveLength(2);
    const [s, d] = g.panels;
    expect(s!.points.map((p) => p.kind)).toEqual(['target', 'baseline', 'target', 'outcome']);
    const gz = s!.points[2]!;
    expect(gz.baseline).toBeDefined();
    expect(gz.baseline!.cx).toBeLessThan(gz.cx);
    expect(gz.baseline!.cy).toBeGreaterThan(gz.cy); // 377 sits below 430
    expect(d!.points[0]!.bound).toBe('up');
    expect(d!.points[2]!.span).toBeDefined();
    expect(gz.tip).toBe('广州市 2025年目标：430对，2020年基数377对｜gz文件');
    // Every mark inside its panel's plot area.
    for (const p of g.panels) for (const m of p.points) {
      expect(m.cx).toBeGreaterThanOrEqual(p.plot.left);
      expect(m.cx).toBeLessThanOrEqual(p.plot.right);
      expect(m.cy).toBeGreaterThanOrEqual(p.plot.top);
      expect(m.cy).toBeLessThanOrEqual(p.plot.bottom);
    }
  });

  it('draws a small share on an axis its size, and no share past 100%', () => {
    const four = [record({ id: 'a/p1/spend', indicator: 'spend', document: 'a', region: 'chongqing', year: 2022, value: 4, min: 4, max: 4, unit: '%' }), record({ id: 'b/p1/spend', indicator: 'spend', document: 'b', region: 'guangzhou', year: 2025, value: 4, min: 4, max: 4, unit: '%' })];
    const [panel] = selectComparisonPanels([linkOf(indicator('spend', '经费占比'), four)], (id) => names[id] ?? id);
    const ticks = layoutTargetComparison([panel!], colours).panels[0]!.yTicks.map((t) => Number(t.label));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...ticks)).toBeLessThanOrEqual(10);
    expect(axisTop(95, true)).toBe(100);
    expect(axisTop(95, false)).toBeGreaterThan(100);
  });

  it('tops a share axis at 100%, a share of exactly 100% included, and gives other units headroom', () => {
    const topOf = (records: ReturnType<typeof record>[]) => {
      const ticks = layoutTargetComparison(selectComparisonPanels([linkOf(indicator('i', '指标'), records)], (id) => id), colours).panels[0]!.yTicks;
      return Number(ticks.at(-1)!.label);
    };
    const share = (document: string, value: number, unit = '%') => record({ id: `${document}/p1/i`, indicator: 'i', document, region: 'yuzhong', year: 2025, value, min: value, max: value, unit });
    expect(topOf([share('a', 60), share('b', 100)])).toBe(100);
    expect(topOf([share('a', 60), share('b', 80)])).toBe(100);
    expect(topOf([share('a', 60, '所'), share('b', 100, '所')])).toBeGreaterThan(100);
  });

  it('renders stable SVG markup', () => {
    const g = layoutTargetComparison(panels, colours);
    const svg = renderTargetComparison(g, { id: 'cmp', title: '目标与实际', desc: '两个指标' }, [{ name: '渝中区', colour: colours.get('yuzhong')! }]);
    expect(svg.match(/class="mark /g)).toHaveLength(7);
    // A baseline record is a smaller, faded dot, told apart in the legend.
    expect(svg).toMatch(/class="mark point point-baseline"[^]*?<circle class="dot"[^>]*r="4.5"[^>]*fill-opacity="0.45"/);
    expect(svg).toContain('>基数</text>');
    expect(svg).toContain('role="img"');
    expect(svg).not.toContain('style=');
    expect(svg).toMatchSnapshot();
  });
});

describe('fitTitle', () => {
  it('cuts a long English title at a word, with an ellipsis, and leaves a short one alone', () => {
    expect(fitTitle('Share of dual-qualified ("double-teacher") vocational teachers', 40)).toBe('Share of dual-qualified…');
    expect(fitTitle('Education funding', 40)).toBe('Education funding');
  });
});
