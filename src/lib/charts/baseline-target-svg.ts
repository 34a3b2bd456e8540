/** Chart 2 markup: geometry from baseline-target.ts → <svg>. Pure. */
import type { DumbbellGeometry, DumbbellRow } from './baseline-target.ts';
import { h, mark, render, svgRoot, type SvgNode } from './svg.ts';
import type { Lang } from '../i18n/lang.ts';

const BINDING = '#7a1f1f';
const EXPECTED = '#0072B2';

function row(r: DumbbellRow): SvgNode {
  const binding = r.attribute === '约束性';
  const colour = binding ? BINDING : EXPECTED;
  const lineY = (i: number) => r.y + 4 + (i - (r.label.length - 1) / 2) * 15;
  return mark(
    `dumbbell ${binding ? 'binding' : 'expected'}`,
    r.tip,
    { 'data-id': r.id },
    h('text', { class: 'row-label', x: 0, y: r.y }, r.label.map((line, i) => h('tspan', { x: 0, y: lineY(i) }, line))),
    h('line', { class: 'link', x1: r.base.x, x2: r.target.x, y1: r.y, y2: r.y, stroke: colour, 'stroke-width': 3, 'stroke-opacity': 0.5 }),
    h('circle', { class: 'base', cx: r.base.x, cy: r.y, r: 5, fill: '#8a8580' }),
    h('circle', { class: 'target', cx: r.target.x, cy: r.y, r: 6.5, fill: binding ? colour : '#fff', stroke: colour, 'stroke-width': 2.5 }),
    h('text', { class: 'value', x: r.target.x + 14, y: r.y + 4 }, r.valueText),
  );
}

const words = {
  zh: { base: (y: number) => `${y}年基数`, expected: (y: number) => `${y}年目标（预期性）`, binding: (y: number) => `${y}年目标（约束性）`, axis: (y: number) => `基数占${y}年目标的比例（每行按本行目标计）` },
  en: { base: (y: number) => `${y} baseline`, expected: (y: number) => `${y} target (anticipatory)`, binding: (y: number) => `${y} target (binding)`, axis: (y: number) => `Baseline as a share of the ${y} target (each row on its own target)` },
} as const;

export function renderBaselineTarget(g: DumbbellGeometry, frame: { id: string; title: string; desc: string }, years: { base: number; target: number }, lang: Lang = 'zh'): string {
  const w = words[lang];
  const { left, right, top, bottom } = g.track;
  return render(
    svgRoot(
      { ...frame, width: g.width, height: g.height, className: 'chart-dumbbell' },
      h(
        'g',
        { class: 'legend', 'aria-hidden': 'true' },
        h('circle', { cx: 6, cy: 12, r: 5, fill: '#8a8580' }),
        h('text', { x: 15, y: 16 }, w.base(years.base)),
        h('circle', { cx: lang === 'en' ? 116 : 96, cy: 12, r: 6, fill: '#fff', stroke: EXPECTED, 'stroke-width': 2.5 }),
        h('text', { x: lang === 'en' ? 126 : 106, y: 16 }, w.expected(years.target)),
        h('circle', { cx: lang === 'en' ? 316 : 246, cy: 12, r: 6, fill: BINDING, stroke: BINDING, 'stroke-width': 2.5 }),
        h('text', { x: lang === 'en' ? 326 : 256, y: 16 }, w.binding(years.target)),
      ),
      g.ticks.map((t) => h('line', { class: 'grid', x1: t.x, x2: t.x, y1: top - 6, y2: bottom, stroke: '#e5e0d5' })),
      g.ticks.map((t) => h('text', { class: 'tick', x: t.x, y: bottom + 18, 'text-anchor': 'middle' }, t.label)),
      h('text', { class: 'axis-title', x: (left + right) / 2, y: top - 12, 'text-anchor': 'middle' }, w.axis(years.target)),
      g.rows.map(row),
    ),
  );
}
