import { describe, expect, it } from 'vitest';
import type { IndicatorLink } from '../indicator-links.ts';
import type { Indicator } from '../../schemas/target.ts';
import { record, shares, sister } from './fixtures.test-data.ts';
import { regionColours } from './palette.ts';
import { axisTop, fitTitle, layoutTargetComparison, selectComparisonPanels, type PanelGeometry } from './target-comparison.ts';
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

describe('target comparison panels a reader can read', () => {
  const fig = (document: string, year: number, over: Partial<ReturnType<typeof record>> = {}) =>
    record({ id: `${document}/p1/i`, indicator: 'i', document, region: 'yuzhong', year, value: 10, min: 10, max: 10, ...over });
  const panelOf = (records: ReturnType<typeof record>[]) =>
    layoutTargetComparison(selectComparisonPanels([linkOf(indicator('i', '指标'), records)], (id) => id), colours).panels[0]!;
  const inside = (p: PanelGeometry, x: number, y: number) => x >= p.plot.left && x <= p.plot.right && y >= p.plot.top && y <= p.plot.bottom;

  it('wraps panels into rows: the third of two columns starts a second row below the first', () => {
    const three = ['a', 'b', 'c'].map((id) => ({ indicator: id, name: id, points: [{ record: fig('d', 2025), regionName: 'r', documentTitle: 't' }] }));
    const g = layoutTargetComparison(three, colours, { columns: 2, panelWidth: 300, panelHeight: 200, gap: 20, top: 34 });
    expect(g.panels.map((p) => [p.x, p.y])).toEqual([[0, 34], [320, 34], [0, 254]]);
    expect(g.height).toBe(34 + 200 + 20 + 200);
  });

  it('keeps in the plot a baseline from before every target year, and a baseline above every target', () => {
    const p = panelOf([fig('a', 2025, { baseline: 500, baselineYear: 2015 }), fig('b', 2024)]);
    const base = p.points[0]!.baseline!;
    expect(inside(p, base.cx, base.cy)).toBe(true);
  });

  it('keeps in the plot an open "at least" figure that is the highest of its panel', () => {
    const p = panelOf([fig('a', 2025, { comparison: 'at-least', value: 80, min: 80, max: null }), fig('b', 2024)]);
    expect(inside(p, p.points[0]!.cx, p.points[0]!.cy)).toBe(true);
    expect(p.points[0]!.bound).toBe('up');
  });

  it('draws an "at most" figure with a downward chevron', () => {
    expect(panelOf([fig('a', 2025, { comparison: 'at-most', value: 5, min: null, max: 5 }), fig('b', 2024)]).points[0]!.bound).toBe('down');
  });

  it('does not cap at 100 a panel mixing shares with counts, or a share over 100%', () => {
    const top = (p: PanelGeometry) => Math.max(...p.yTicks.map((t) => Number(t.label)));
    expect(top(panelOf([fig('a', 2025, { value: 95, min: 95, max: 95, unit: '所' }), fig('b', 2024, { value: 60, min: 60, max: 60, unit: '%' })]))).toBeGreaterThan(100);
    expect(axisTop(120, true)).toBeGreaterThanOrEqual(120);
  });

  it('labels every year of a short span, even years of a longer one, and every fifth of a long one', () => {
    const years = (from: number, to: number) => panelOf([fig('a', from), fig('b', to)]).xTicks.map((t) => Number(t.label));
    expect(years(2020, 2025)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(years(2020, 2030)).toEqual([2020, 2022, 2024, 2026, 2028, 2030]);
    expect(years(2021, 2035)).toEqual([2020, 2022, 2024, 2026, 2028, 2030, 2032, 2034, 2036]);
    expect(years(2019, 2035)).toEqual([2020, 2025, 2030, 2035]);
  });
});
