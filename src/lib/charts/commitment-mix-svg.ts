/** Commitment chart markup: geometry from commitment-mix.ts → <svg>. Pure. */
import type { MixGeometry } from './commitment-mix.ts';
import { h, mark, render, svgRoot } from './svg.ts';

export function renderCommitmentMix(g: MixGeometry, frame: { id: string; title: string; desc: string }): string {
  return render(
    svgRoot(
      { ...frame, width: g.width, height: g.height, className: 'chart-commitments' },
      g.legend.map((l) => h('g', { class: 'legend' }, h('rect', { x: l.x, y: 6, width: 12, height: 12, fill: l.fill }), h('text', { x: l.x + 16, y: 16 }, l.name))),
      g.bars.map((b) =>
        h(
          'g',
          { class: 'bar', 'data-strength': b.strength },
          h('text', { class: 'row-label', x: g.left - 8, y: b.y + 14, 'text-anchor': 'end' }, b.label),
          b.segments.map((s) => mark('segment', s.tip, { 'data-instrument': s.key }, h('rect', { x: s.x, y: b.y, width: Math.max(1, s.width), height: g.barHeight, fill: s.fill }))),
          h('text', { class: 'tick', x: (b.segments.at(-1)?.x ?? g.left) + (b.segments.at(-1)?.width ?? 0) + 6, y: b.y + 14 }, `${b.total}`),
        ),
      ),
    ),
  );
}
