import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { worldMapGeometry, type MapCountry } from './world-map.ts';
import { renderWorldMap, shadeOf, MAP_SHADES } from './world-map-svg.ts';
import { numericCode } from '../places/world.ts';

// Shapes written for the test: a large square country, a tiny island, and one the base map lacks.
const square = (id: string, [x, y]: [number, number], size: number): Feature<Geometry, unknown> & { id: string } => ({
  type: 'Feature',
  id,
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x, y + size], [x + size, y + size], [x + size, y], [x, y]]] },
});
const big = square('100', [0, 0], 30);
const other = square('200', [-90, -30], 20);
const tiny = square('300', [100, 1], 0.2);
const named = (id: string, count: number): MapCountry => ({ id, count, tip: `country ${id}: ${count}` });

describe('world map geometry', () => {
  it('shades named countries by how many plans name them, and leaves the rest as land', () => {
    const g = worldMapGeometry([big, other], [], [named('100', 2)]);
    expect(g.shapes.map((s) => [s.id, s.count])).toEqual([
      ['200', 0],
      ['100', 2],
    ]);
    expect(g.shapes.find((s) => s.id === '100')!.d).toMatch(/^M-?\d+,-?\d+(L-?\d+,-?\d+)+Z$/);
    expect(g.missing).toEqual([]);
  });

  it('marks a country too small to see with a circle at its centre', () => {
    const g = worldMapGeometry([big, tiny], [], [named('300', 1), named('100', 1)]);
    expect(g.markers.map((m) => m.id)).toEqual(['300']);
    const m = g.markers[0]!;
    expect(m.x).toBeGreaterThan(g.width / 2);
    expect(m.y).toBeLessThan(g.height / 2);
  });

  it('takes a named country the base map lacks from the detailed shapes, and reports one no shape covers', () => {
    const g = worldMapGeometry([big], [tiny, other], [named('300', 1), named('999', 1)]);
    expect(g.shapes.map((s) => s.id)).toEqual(['100', '300']);
    expect(g.missing.map((c) => c.id)).toEqual(['999']);
  });

  it('renders an image with a title, a description and one tip per named country', () => {
    const svg = renderWorldMap(worldMapGeometry([big, other, tiny], [], [named('100', 3), named('300', 1)]), { id: 'm', title: 'Partners', desc: 'Two countries' });
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="m-title">Partners</title>');
    expect(svg.match(/data-tip="country 100: 3"/g)).toHaveLength(1);
    expect(svg.match(/data-tip="country 300: 1"/g)).toHaveLength(2);
    expect(svg).toContain(`fill="${MAP_SHADES[2]}"`);
    expect(shadeOf(7)).toBe(MAP_SHADES[2]);
  });
});

describe('country codes', () => {
  it('translates the gazetteer’s alpha-2 codes to the shapes’ numeric ones, and refuses an unknown code', () => {
    expect(numericCode('SG')).toBe('702');
    expect(() => numericCode('XX')).toThrow('no ISO 3166-1 numeric code for country "XX"');
  });
});
