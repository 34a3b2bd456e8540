/**
 * Chart 1: targets against outcomes for each indicator that more than one document states, by
 * region and year. Small multiples, one panel an indicator, because units differ between
 * indicators (and sometimes within one: 所 against 对 — the tooltip and table say which).
 * Pure: data in, geometry out.
 */
import { scaleLinear } from 'd3-scale';
import type { IndicatorLink } from '../indicator-links.ts';
import type { TargetRecord } from '../../schemas/target.ts';
import { centreOf, formatFigure, formatFigureEn, formatFigureShort, formatFigureShortEn, kindNames, kindNamesEn } from '../target-format.ts';
import type { Lang } from '../i18n/lang.ts';
import { colourOf } from './palette.ts';
import { textWidth } from './svg.ts';

export interface ComparisonPoint {
  record: TargetRecord;
  regionName: string;
  documentTitle: string;
}

export interface ComparisonPanel {
  indicator: string;
  name: string;
  points: ComparisonPoint[];
}

/**
 * Panels for indicators stated by `minDocuments` documents or more (two: the comparison chart;
 * one: a theme page, which shows its indicators even where only one plan states them). Only levels are plotted (an increase or
 * a yearly quota is not on the same scale); a figure a document states twice (the Yuzhong plan's
 * 60 friendly schools in p2-q1 and p3-s1-q1) is plotted once.
 */
export function selectComparisonPanels(links: readonly IndicatorLink[], regionName: (id: string) => string, minDocuments = 2): ComparisonPanel[] {
  return links
    .map((link) => {
      const seen = new Set<string>();
      const points = link.documents.flatMap(({ document, records }) =>
        records
          .filter((r) => r.measure === 'level')
          .filter((r) => {
            const key = `${r.document}|${r.kind}|${r.year}|${r.min}|${r.max}|${r.scope}`;
            return !seen.has(key) && seen.add(key);
          })
          .map((record) => ({ record, regionName: regionName(record.region), documentTitle: document.shortTitle })),
      );
      return { indicator: link.indicator.id, name: link.indicator.name, points };
    })
    .filter((p) => p.points.length > 0 && new Set(p.points.map((x) => x.record.document)).size >= minDocuments);
}

/** What a mark's tooltip and the data table say about a point. */
export function describePoint(p: ComparisonPoint, lang: Lang = 'zh'): string {
  const r = p.record;
  if (lang === 'en') {
    const base = r.baseline !== null ? `, ${r.baselineYear} baseline ${formatFigureEn({ ...r, comparison: 'exact', value: r.baseline })}` : '';
    return `${p.regionName} ${r.year} ${kindNamesEn[r.kind]}: ${formatFigureEn(r)}${r.scope ? ` (${r.scope})` : ''}${base} | ${p.documentTitle}`;
  }
  const scope = r.scope ? `（${r.scope}）` : '';
  const base = r.baseline !== null ? `，${r.baselineYear}年基数${r.baseline}${r.unit}` : '';
  return `${p.regionName} ${r.year}年${kindNames[r.kind]}：${formatFigure(r)}${scope}${base}｜${p.documentTitle}`;
}

export interface PointGeometry {
  id: string;
  kind: TargetRecord['kind'];
  colour: string;
  cx: number;
  cy: number;
  /** Vertical extent of a range (y of max, y of min). */
  span?: [number, number];
  /** An open bound drawn as a chevron: up for at-least, down for at-most. */
  bound?: 'up' | 'down';
  baseline?: { cx: number; cy: number };
  label: { x: number; y: number; text: string; anchor: 'start' | 'end' };
  tip: string;
}

export interface PanelGeometry {
  indicator: string;
  title: string;
  x: number;
  y: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  points: PointGeometry[];
}

export interface ComparisonGeometry {
  width: number;
  height: number;
  /** The regions' names, then the keys (LEGEND_KEYS), placed. */
  legend: LegendItemGeometry[];
  panels: PanelGeometry[];
}

/** The legend's keys after the regions, in the order drawn (target-comparison-svg.ts draws each one's mark). */
export const LEGEND_KEYS = ['target', 'outcome', 'baseline', 'atLeast', 'range'] as const;
export const legendKeyWords: Record<Lang, Record<(typeof LEGEND_KEYS)[number], string>> = {
  zh: { target: '目标', outcome: '实际（报道）', baseline: '基数', atLeast: '不少于', range: '区间' },
  en: { target: 'target', outcome: 'outcome (reported)', baseline: 'baseline', atLeast: 'at least', range: 'range' },
};

export interface LegendItemGeometry {
  label: string;
  /** The mark's left edge and the row's text baseline; the label starts 15 px right of `x`. */
  x: number;
  y: number;
}

/** Height of one legend row. */
const LEGEND_ROW = 22;

/**
 * The legend's items left to right, wrapped onto a new row before one would cross `width`: region
 * names and English words vary in length, and a legend cut at the chart's edge hides a key.
 */
export function layoutLegend(labels: readonly string[], width: number): { items: LegendItemGeometry[]; height: number } {
  let x = 0;
  let row = 0;
  const items = labels.map((label) => {
    const w = 15 + textWidth(label);
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    const item = { label, x, y: 16 + row * LEGEND_ROW };
    x += w + 14;
    return item;
  });
  return { items, height: (row + 1) * LEGEND_ROW };
}

export interface ComparisonOptions {
  columns: number;
  panelWidth: number;
  panelHeight: number;
  gap: number;
  /** Space between the legend and the panels. */
  top: number;
  /** Narrowest drawing, so the legend fits above a single panel. */
  minWidth: number;
  /** The edition the labels and tooltips are written for. */
  lang: Lang;
}

const defaults: ComparisonOptions = { columns: 2, panelWidth: 310, panelHeight: 200, gap: 20, top: 12, minWidth: 560, lang: 'zh' };
const margin = { top: 30, right: 18, bottom: 26, left: 42 };

export function layoutTargetComparison(panels: readonly ComparisonPanel[], colours: ReadonlyMap<string, string>, options: Partial<ComparisonOptions> = {}, regionNames: readonly string[] = []): ComparisonGeometry {
  const o = { ...defaults, ...options };
  const rows = Math.ceil(panels.length / o.columns);
  const width = Math.max(o.minWidth, o.columns * o.panelWidth + (o.columns - 1) * o.gap);
  const legend = layoutLegend([...regionNames, ...LEGEND_KEYS.map((k) => legendKeyWords[o.lang][k])], width);
  const top = legend.height + o.top;
  const height = top + rows * o.panelHeight + Math.max(0, rows - 1) * o.gap;
  return {
    width,
    height,
    legend: legend.items,
    panels: panels.map((panel, i) => {
      const x = (i % o.columns) * (o.panelWidth + o.gap);
      const y = top + Math.floor(i / o.columns) * (o.panelHeight + o.gap);
      return layoutPanel(panel, x, y, o.panelWidth, o.panelHeight, colours, o.lang);
    }),
  };
}

/**
 * The top of a panel's value axis: headroom above the highest figure, so a 4% target is drawn on a
 * 0–5 axis, not a 0–100 one; shares stop at 100%, whatever the headroom would give.
 */
export function axisTop(highest: number, shares: boolean): number {
  const top = highest * 1.15 || 1;
  return shares && highest <= 100 ? Math.min(100, top) : top;
}

/**
 * An English panel title cut at a word to fit its panel, marked with an ellipsis: English names
 * run three times as long as the Chinese the panels were sized for; the table and summary give
 * them whole.
 */
export function fitTitle(title: string, chars: number): string {
  if (title.length <= chars) return title;
  const cut = title.slice(0, chars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > chars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, '')}…`;
}

function layoutPanel(panel: ComparisonPanel, x: number, y: number, w: number, h: number, colours: ReadonlyMap<string, string>, lang: Lang): PanelGeometry {
  const plot = { left: x + margin.left, right: x + w - margin.right, top: y + margin.top, bottom: y + h - margin.bottom };
  const records = panel.points.map((p) => p.record);
  const years = records.flatMap((r) => (r.baselineYear !== null ? [r.year, r.baselineYear] : [r.year]));
  const highs = records.flatMap((r) => [r.max ?? r.value ?? 0, r.baseline ?? 0]);
  // A year either side, so marks at the ends are not cut by the frame.
  const xs = scaleLinear().domain([Math.min(...years) - 1, Math.max(...years) + 1]).range([plot.left, plot.right]);
  const top = axisTop(Math.max(...highs), records.every((r) => r.unit === '%'));
  const ys = scaleLinear().domain([0, top]).nice(4).range([plot.bottom, plot.top]);
  const span = xs.domain()[1]! - xs.domain()[0]!;
  const step = span <= 8 ? 1 : span <= 16 ? 2 : 5;
  const xTicks = xs
    .ticks(span)
    .filter((t) => Number.isInteger(t) && t % step === 0)
    .map((t) => ({ x: xs(t), label: String(t) }));
  const yTicks = ys.ticks(4).map((t) => ({ y: ys(t), label: String(t) }));
  const points = panel.points.map((p): PointGeometry => {
    const r = p.record;
    const cx = xs(r.year);
    const cy = ys(centreOf(r));
    const right = cx < plot.right - 60;
    return {
      id: r.id,
      kind: r.kind,
      colour: colourOf(colours, r.region),
      cx,
      cy,
      ...(r.comparison === 'range' ? { span: [ys(r.max!), ys(r.min!)] as [number, number] } : {}),
      ...(r.comparison === 'at-least' ? { bound: 'up' as const } : r.comparison === 'at-most' ? { bound: 'down' as const } : {}),
      ...(r.baseline !== null && r.baselineYear !== null ? { baseline: { cx: xs(r.baselineYear), cy: ys(r.baseline) } } : {}),
      label: { x: right ? cx + 9 : cx - 9, y: cy + 4, text: lang === 'en' ? formatFigureShortEn(r) : formatFigureShort(r), anchor: right ? 'start' : 'end' },
      tip: describePoint(p, lang),
    };
  });
  return { indicator: panel.indicator, title: lang === 'en' ? fitTitle(panel.name, Math.floor(w / 7.4)) : panel.name, x, y, plot, xTicks, yTicks, points: placeLabels(points, plot) };
}

type Box = [left: number, top: number, right: number, bottom: number];
const meets = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Keeps value labels off each other and off the points: each label, left to right, takes the
 * first free place of right of its point, left of it, then a little above or below either, never
 * left of the plot nor below it (where the axis labels are), nor more than 60 px past its right. English
 * figures ("88 pairs") are wider than Chinese ones ("88对"), so a place free in one edition may not
 * be in the other. A label with no free place keeps its first choice.
 */
export function placeLabels(points: readonly PointGeometry[], plot: { left: number; right: number; top: number; bottom: number }): PointGeometry[] {
  const dots: Box[] = points.map((p) => [p.cx - 5, p.cy - 5, p.cx + 5, p.cy + 5]);
  const taken: Box[] = [];
  const order = points.map((_, i) => i).sort((a, b) => points[a]!.cx - points[b]!.cx || points[a]!.cy - points[b]!.cy);
  const out = [...points];
  for (const i of order) {
    const p = points[i]!;
    const width = textWidth(p.label.text);
    const first = p.label.anchor;
    const sides = first === 'start' ? (['start', 'end'] as const) : (['end', 'start'] as const);
    const places = [0, -8, 8, -16, 16, -24, 24, -32, 32].flatMap((dy) => sides.map((anchor) => ({ anchor, dy })));
    const boxOf = ({ anchor, dy }: { anchor: 'start' | 'end'; dy: number }): Box => {
      const x = anchor === 'start' ? p.cx + 9 : p.cx - 9;
      const y = p.cy + 4 + dy;
      // A line of 12 px type, ascenders and descenders included, as the browser boxes it.
      return anchor === 'start' ? [x, y - 11, x + width, y + 3] : [x - width, y - 11, x, y + 3];
    };
    const free = places.find((c) => {
      const box = boxOf(c);
      const inFrame = box[0] >= plot.left && box[2] <= plot.right + 60 && box[1] >= plot.top - 8 && box[3] <= plot.bottom + 4;
      return inFrame && !taken.some((t) => meets(t, box)) && !dots.some((d, j) => j !== i && meets(d, box));
    }) ?? { anchor: first, dy: 0 };
    taken.push(boxOf(free));
    out[i] = { ...p, label: { ...p.label, x: free.anchor === 'start' ? p.cx + 9 : p.cx - 9, y: p.cy + 4 + free.dy, anchor: free.anchor } };
  }
  return out;
}
