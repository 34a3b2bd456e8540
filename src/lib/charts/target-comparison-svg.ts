/** Chart 1 markup: geometry from target-comparison.ts → <svg>. Pure. */
import { h, mark, num, render, svgRoot, type SvgNode } from './svg.ts';
import { LEGEND_KEYS, type ComparisonGeometry, type LegendItemGeometry, type PanelGeometry, type PointGeometry } from './target-comparison.ts';

export interface LegendRegion {
  name: string;
  colour: string;
}

/** The mark of each legend key, drawn at the key's place (x, and the row's baseline y). */
const keyMarks: Record<(typeof LEGEND_KEYS)[number], (x: number, y: number) => SvgNode> = {
  target: (x, y) => h('circle', { cx: x + 6, cy: y - 4, r: 5, fill: '#fff', stroke: '#1d1d1f', 'stroke-width': 2 }),
  outcome: (x, y) => h('circle', { cx: x + 6, cy: y - 4, r: 5, fill: '#1d1d1f' }),
  baseline: (x, y) => h('circle', { cx: x + 6, cy: y - 4, r: 4, fill: '#1d1d1f', 'fill-opacity': 0.45 }),
  atLeast: (x, y) => h('path', { d: `M${x + 1},${y - 1} L${x + 6},${y - 7} L${x + 11},${y - 1}`, fill: 'none', stroke: '#1d1d1f', 'stroke-width': 1.5 }),
  range: (x, y) => h('line', { x1: x + 6, x2: x + 6, y1: y - 11, y2: y + 3, stroke: '#1d1d1f', 'stroke-width': 2 }),
};

function legend(items: readonly LegendItemGeometry[], regions: readonly LegendRegion[]): SvgNode {
  const marks = items.map((it, i) => {
    const region = regions[i];
    const mark = region ? h('circle', { cx: it.x + 6, cy: it.y - 4, r: 5, fill: region.colour }) : keyMarks[LEGEND_KEYS[i - regions.length]!](it.x, it.y);
    return [mark, h('text', { x: it.x + 15, y: it.y }, it.label)];
  });
  return h('g', { class: 'legend', 'aria-hidden': 'true' }, marks.flat());
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

/** `regions` are the legend's regions, in the order their names were given to the layout. */
export function renderTargetComparison(g: ComparisonGeometry, frame: { id: string; title: string; desc: string }, regions: readonly LegendRegion[]): string {
  return render(svgRoot({ ...frame, width: g.width, height: g.height, className: 'chart-comparison' }, legend(g.legend, regions), g.panels.map(panel)));
}
