/** Chart 1 markup: geometry from target-comparison.ts → <svg>. Pure. */
import { h, mark, num, render, svgRoot, type SvgNode } from './svg.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ComparisonGeometry, PanelGeometry, PointGeometry } from './target-comparison.ts';

export interface LegendRegion {
  name: string;
  colour: string;
}

/** The legend's words and the width each takes, by edition. */
const legendWords = {
  zh: { target: ['目标', 52], outcome: ['实际（报道）', 100], baseline: ['基数', 52], atLeast: ['不少于', 64], range: ['区间', 50] },
  en: { target: ['target', 60], outcome: ['outcome (reported)', 130], baseline: ['baseline', 68], atLeast: ['at least', 66], range: ['range', 52] },
} as const;

function legend(regions: readonly LegendRegion[], lang: Lang): SvgNode {
  const w = legendWords[lang];
  let x = 0;
  const items: SvgNode[] = [];
  const push = (node: (x: number) => SvgNode[], width: number) => {
    items.push(...node(x));
    x += width;
  };
  for (const r of regions) push((at) => [h('circle', { cx: at + 6, cy: 12, r: 5, fill: r.colour }), h('text', { x: at + 15, y: 16 }, r.name)], 26 + r.name.length * 12);
  push((at) => [h('circle', { cx: at + 6, cy: 12, r: 5, fill: '#fff', stroke: '#1d1d1f', 'stroke-width': 2 }), h('text', { x: at + 15, y: 16 }, w.target[0])], w.target[1]);
  push((at) => [h('circle', { cx: at + 6, cy: 12, r: 5, fill: '#1d1d1f' }), h('text', { x: at + 15, y: 16 }, w.outcome[0])], w.outcome[1]);
  push((at) => [h('circle', { cx: at + 6, cy: 12, r: 4, fill: '#1d1d1f', 'fill-opacity': 0.45 }), h('text', { x: at + 15, y: 16 }, w.baseline[0])], w.baseline[1]);
  push((at) => [h('path', { d: `M${at + 1},15 L${at + 6},9 L${at + 11},15`, fill: 'none', stroke: '#1d1d1f', 'stroke-width': 1.5 }), h('text', { x: at + 15, y: 16 }, w.atLeast[0])], w.atLeast[1]);
  push((at) => [h('line', { x1: at + 6, x2: at + 6, y1: 5, y2: 19, stroke: '#1d1d1f', 'stroke-width': 2 }), h('text', { x: at + 15, y: 16 }, w.range[0])], w.range[1]);
  return h('g', { class: 'legend', 'aria-hidden': 'true' }, items);
}

function point(p: PointGeometry): SvgNode {
  const hollow = p.kind === 'target';
  // A baseline record is drawn like the baseline a table row carries: smaller and faded.
  const faded = p.kind === 'baseline';
  return mark(
    `point point-${p.kind}`,
    p.tip,
    { 'data-id': p.id },
    p.baseline && h('line', { class: 'baseline-link', x1: p.baseline.cx, y1: p.baseline.cy, x2: p.cx, y2: p.cy, stroke: p.colour, 'stroke-dasharray': '3 3' }),
    p.baseline && h('circle', { class: 'baseline', cx: p.baseline.cx, cy: p.baseline.cy, r: 3.5, fill: p.colour, 'fill-opacity': 0.45 }),
    p.span && h('line', { class: 'span', x1: p.cx, x2: p.cx, y1: p.span[0], y2: p.span[1], stroke: p.colour, 'stroke-width': 3, 'stroke-linecap': 'round' }),
    h('circle', { class: 'dot', cx: p.cx, cy: p.cy, r: faded ? 4.5 : 5.5, fill: hollow ? '#fff' : p.colour, stroke: p.colour, 'stroke-width': faded ? 1 : 2, ...(faded ? { 'fill-opacity': 0.45 } : {}) }),
    p.bound &&
      h('path', {
        class: 'bound',
        d: p.bound === 'up' ? `M${num(p.cx - 5)},${num(p.cy - 9)} L${num(p.cx)},${num(p.cy - 14)} L${num(p.cx + 5)},${num(p.cy - 9)}` : `M${num(p.cx - 5)},${num(p.cy + 9)} L${num(p.cx)},${num(p.cy + 14)} L${num(p.cx + 5)},${num(p.cy + 9)}`,
        fill: 'none',
        stroke: p.colour,
        'stroke-width': 1.5,
      }),
    h('text', { class: 'value', x: p.label.x, y: p.label.y, 'text-anchor': p.label.anchor }, p.label.text),
  );
}

function panel(p: PanelGeometry): SvgNode {
  const { left, right, top, bottom } = p.plot;
  return h(
    'g',
    { class: 'panel', 'data-indicator': p.indicator },
    h('text', { class: 'panel-title', x: p.x, y: p.y + 16, 'font-weight': 'bold' }, p.title),
    p.yTicks.map((t) => h('line', { class: 'grid', x1: left, x2: right, y1: t.y, y2: t.y, stroke: '#e5e0d5' })),
    p.yTicks.map((t) => h('text', { class: 'tick', x: left - 6, y: t.y + 4, 'text-anchor': 'end' }, t.label)),
    h('line', { class: 'axis', x1: left, x2: right, y1: bottom, y2: bottom, stroke: '#8a8580' }),
    p.xTicks.map((t) => h('text', { class: 'tick', x: t.x, y: bottom + 17, 'text-anchor': 'middle' }, t.label)),
    h('line', { class: 'axis', x1: left, x2: left, y1: top, y2: bottom, stroke: '#8a8580' }),
    p.points.map(point),
  );
}

export function renderTargetComparison(g: ComparisonGeometry, frame: { id: string; title: string; desc: string }, regions: readonly LegendRegion[], lang: Lang = 'zh'): string {
  return render(svgRoot({ ...frame, width: g.width, height: g.height, className: 'chart-comparison' }, legend(regions, lang), g.panels.map(panel)));
}
