/** The world map's markup: geometry from world-map.ts → <svg>. Pure. */
import { h, mark, render, svgRoot } from './svg.ts';
import type { WorldMapGeometry } from './world-map.ts';

/** Shades for 1, 2 and 3 or more plans; each at least 3:1 against the page and the grey land. */
export const MAP_SHADES = ['#4a90c2', '#1f6aa5', '#0b3d6b'] as const;
const LAND = '#e4e4e8';

export const shadeOf = (count: number) => (count <= 0 ? LAND : MAP_SHADES[Math.min(count, MAP_SHADES.length) - 1]!);

export function renderWorldMap(g: WorldMapGeometry, frame: { id: string; title: string; desc: string }): string {
  return render(
    svgRoot(
      { ...frame, width: g.width, height: g.height, className: 'chart-world-map' },
      h('path', { class: 'sphere', d: g.sphere, fill: '#f7f9fc', stroke: '#c8ccd4' }),
      g.shapes.map((s) =>
        s.tip
          ? mark('country named', s.tip, { 'data-country': s.id, 'data-count': s.count }, h('path', { d: s.d, fill: shadeOf(s.count), stroke: '#ffffff', 'stroke-width': 0.5 }))
          : h('path', { class: 'country', d: s.d, fill: LAND, stroke: '#ffffff', 'stroke-width': 0.5 }),
      ),
      g.markers.map((m) => mark('country small', m.tip, { 'data-country': m.id, 'data-count': m.count }, h('circle', { cx: m.x, cy: m.y, r: 4, fill: shadeOf(m.count), stroke: '#ffffff', 'stroke-width': 1 }))),
    ),
  );
}
