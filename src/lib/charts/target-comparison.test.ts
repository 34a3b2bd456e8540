import { describe, expect, it } from 'vitest';
import type { IndicatorLink } from '../indicator-links.ts';
import type { Indicator } from '../../schemas/target.ts';
import { record, shares, sister } from './fixtures.test-data.ts';
import { regionColours } from './palette.ts';
import { axisTop, fitTitle, layoutTargetComparison, placeLabels, selectComparisonPanels, type PanelGeometry, type PointGeometry } from './target-comparison.ts';
import { textWidth } from './svg.ts';
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
    const g = layoutTargetComparison(panels, colours, {}, ['渝中区']);
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
    // Below the legend (one row of 22 px here) and the 34 px gap.
    const t = 22 + 34;
    expect(g.panels.map((p) => [p.x, p.y])).toEqual([[0, t], [320, t], [0, t + 220]]);
    expect(g.height).toBe(t + 200 + 20 + 200);
  });

  it('wraps the legend inside the chart, however long the region names and words, and moves the panels below it', () => {
    const names = ['Chongqing Municipality', 'Yuzhong District', 'Guangzhou Municipality', 'Chengdu Hi-tech Zone'];
    for (const lang of ['en', 'zh'] as const) {
      const g = layoutTargetComparison([{ indicator: 'a', name: 'a', points: [{ record: fig('d', 2025), regionName: 'r', documentTitle: 't' }] }], colours, { columns: 1, lang }, names);
      expect(g.legend.map((i) => i.label).slice(0, names.length)).toEqual(names);
      expect(g.legend).toHaveLength(names.length + 5);
      for (const item of g.legend) expect(item.x + 15 + textWidth(item.label), `${lang}: ${item.label}`).toBeLessThanOrEqual(g.width);
      const rows = new Set(g.legend.map((i) => i.y));
      if (lang === 'en') expect(rows.size).toBeGreaterThan(1);
      expect(g.panels[0]!.y).toBeGreaterThan(Math.max(...g.legend.map((i) => i.y)));
      // Items on one row never overlap.
      for (const [a, b] of g.legend.slice(1).map((it, i) => [g.legend[i]!, it] as const)) if (a.y === b.y) expect(b.x).toBeGreaterThanOrEqual(a.x + 15 + textWidth(a.label));
    }
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

describe('value labels kept apart', () => {
  const point = (id: string, cx: number, cy: number, text: string): PointGeometry => ({ id, kind: 'target', colour: '#000', cx, cy, label: { x: cx + 9, y: cy + 4, text, anchor: 'start' }, tip: '' });
  const box = (p: PointGeometry) => {
    const w = textWidth(p.label.text);
    return p.label.anchor === 'start' ? [p.label.x, p.label.y - 11, p.label.x + w, p.label.y + 3] : [p.label.x - w, p.label.y - 11, p.label.x, p.label.y + 3];
  };
  const apart = (a: number[], b: number[]) => a[2]! <= b[0]! || b[2]! <= a[0]! || a[3]! <= b[1]! || b[3]! <= a[1]!;

  it('moves a wide English label that would run into the next point’s label, and leaves a clear one where it was', () => {
    const placed = placeLabels([point('gz', 100, 50, '88 pairs'), point('yz', 130, 52, '60'), point('far', 400, 200, '377 pairs')], { left: 40, right: 420, top: 10, bottom: 300 });
    expect(apart(box(placed[0]!), box(placed[1]!))).toBe(true);
    // Nor over the other point itself.
    expect(apart(box(placed[0]!), [125, 47, 135, 57])).toBe(true);
    expect(placed[2]!.label).toEqual({ x: 409, y: 204, text: '377 pairs', anchor: 'start' });
  });

  it('never puts a label left of the plot or below it, over the axis labels', () => {
    const [first] = placeLabels([point('gz', 50, 50, '88 pairs'), point('yz', 80, 50, '60')], { left: 40, right: 420, top: 10, bottom: 300 });
    expect(box(first!)[0]).toBeGreaterThanOrEqual(40);
    const low = placeLabels([point('gz', 50, 296, '18 pairs'), point('yz', 80, 296, '60'), point('x', 80, 281, '271 pairs')], { left: 40, right: 420, top: 10, bottom: 300 });
    for (const p of low) expect(box(p)[3], p.id).toBeLessThanOrEqual(304);
    // The case of the friendly-schools panel: three figures at one year and a fourth just after it.
    const crowded = placeLabels([point('a', 77.7, 182.7, '88 pairs'), point('b', 77.7, 130, '271 pairs'), point('c', 77.7, 202.8, '18 pairs'), point('d', 113.4, 190.7, '60')], { left: 36, right: 420, top: 40, bottom: 212 });
    for (const [i, p] of crowded.entries()) for (const q of crowded.slice(i + 1)) expect(apart(box(p), box(q)), `${p.id} × ${q.id}`).toBe(true);
  });

  it('keeps the short Chinese labels that fit where they were drawn', () => {
    const placed = placeLabels([point('gz', 100, 50, '88对'), point('yz', 160, 52, '60所')], { left: 40, right: 420, top: 10, bottom: 300 });
    expect(placed.map((p) => [p.label.x, p.label.anchor])).toEqual([[109, 'start'], [169, 'start']]);
  });
});
