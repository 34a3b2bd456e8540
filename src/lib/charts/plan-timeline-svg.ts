/** Chart 4 markup: geometry from plan-timeline.ts → <svg>. Pure. */
import type { TimelineGeometry, TimelineRow } from './plan-timeline.ts';
import { h, mark, num, render, svgRoot, type SvgNode } from './svg.ts';

const diamond = (cx: number, cy: number, r: number) => `M${num(cx)},${num(cy - r)} L${num(cx + r)},${num(cy)} L${num(cx)},${num(cy + r)} L${num(cx - r)},${num(cy)} Z`;

function row(r: TimelineRow): SvgNode {
  const barY = r.y + 24;
  return h(
    'g',
    { class: 'timeline-row', 'data-document': r.id },
    h('text', { class: 'row-label', x: 16, y: r.y + 14 }, r.title),
    r.bar && mark('period', r.bar.tip, {}, h('rect', { x: r.bar.x1, y: barY, width: Math.max(2, r.bar.x2 - r.bar.x1), height: 12, rx: 3, fill: r.colour, 'fill-opacity': 0.35, stroke: r.colour })),
    r.dot && mark('report', r.dot.tip, {}, h('circle', { cx: r.dot.x, cy: barY + 6, r: 6, fill: r.colour })),
    r.issued && mark('issued', r.issued.tip, {}, h('circle', { cx: r.issued.x, cy: barY + 6, r: 6, fill: '#fff', stroke: r.colour, 'stroke-width': 2.5 })),
    r.milestones.map((m) => mark('milestone', m.tip, { 'data-year': m.year }, h('path', { d: diamond(m.x, barY + 6, 8), fill: r.colour, stroke: '#fff', 'stroke-width': 1.5 }))),
  );
}

export function renderPlanTimeline(g: TimelineGeometry, frame: { id: string; title: string; desc: string }): string {
  const { left, right, bottom } = g.axis;
  return render(
    svgRoot(
      { ...frame, width: g.width, height: g.height, className: 'chart-timeline' },
      g.ticks.map((t) => h('line', { class: 'grid', x1: t.x, x2: t.x, y1: g.axis.top, y2: bottom, stroke: t.major ? '#e5e0d5' : '#f3f0ea' })),
      h('line', { class: 'axis', x1: left, x2: right, y1: bottom, y2: bottom, stroke: '#8a8580' }),
      g.ticks.filter((t) => t.major).map((t) => h('text', { class: 'tick', x: t.x, y: bottom + 18, 'text-anchor': 'middle' }, t.label)),
      g.rows.map(row),
    ),
  );
}
