/** Chart 3 markup: geometry from theme-heatmap.ts → <svg>, each cell a link. Pure. */
import { h, mark, render, svgRoot } from './svg.ts';
import type { HeatmapGeometry } from './theme-heatmap.ts';

export function renderThemeHeatmap(g: HeatmapGeometry, frame: { id: string; title: string; desc: string }): string {
  return render(
    svgRoot(
      { ...frame, width: g.width, height: g.height, className: 'chart-heatmap', interactive: true },
      g.columns.map((c) => h('text', { class: 'col-label', x: c.x, y: 0, 'text-anchor': 'middle' }, c.label.map((line, i) => h('tspan', { x: c.x, y: 16 + i * 15 }, line)))),
      g.groups.map((gr) => h('text', { class: 'group-label', x: 0, y: gr.y, 'font-weight': 'bold' }, gr.name)),
      g.rows.map((r) => h('text', { class: 'row-label', x: 0, y: r.y + 4 }, r.name)),
      g.cells.map((c) =>
        // The table under the chart carries the same links for keyboards and screen readers,
        // so the picture's links stay out of the tab order.
        h(
          'a',
          { href: c.href, tabindex: -1 },
          mark(
            'cell',
            c.tip,
            { 'data-theme': c.theme, 'data-document': c.document, 'data-count': c.count },
            h('rect', { x: c.x + 1, y: c.y + 1, width: g.cell.width - 2, height: g.cell.height - 2, rx: 3, fill: c.fill }),
            h('text', { x: c.x + g.cell.width / 2, y: c.y + g.cell.height / 2 + 4, 'text-anchor': 'middle', fill: c.ink }, String(c.count)),
          ),
        ),
      ),
    ),
  );
}
