import { describe, expect, it } from 'vitest';
import { geoEqualEarth, geoPath } from 'd3-geo';
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
    expect(g.shapes.find((s) => s.id === '100')!.d).toMatch(/^M-?\d+,-?\d+l-?\d+,-?\d+( -?\d+,-?\d+)+Z$/);
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
    expect(svg.match(/<title>country 100: 3<\/title>/g)).toHaveLength(1);
    expect(svg.match(/<title>country 300: 1<\/title>/g)).toHaveLength(2);
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

describe('world map geometry edges', () => {
  /** The absolute points of a path: each ring starts at its M point, the steps after it are relative. */
  const points = (d: string) => {
    const out: (readonly [number, number])[] = [];
    for (const ring of d.split('M').slice(1)) {
      let [x, y] = [0, 0];
      [...ring.matchAll(/(-?\d+),(-?\d+)/g)].forEach((m, i) => {
        [x, y] = i === 0 ? [Number(m[1]), Number(m[2])] : [x + Number(m[1]), y + Number(m[2])];
        out.push([x, y] as const);
      });
    }
    return out;
  };

  it('fits the globe’s outline to the drawing, centred, a pixel in from the sides', () => {
    const g = worldMapGeometry([big], [], [], 800);
    const xy = points(g.sphere);
    const xs = xy.map(([x]) => x);
    const ys = xy.map(([, y]) => y);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([1, 799]);
    expect(g.height).toBe(400);
    expect((Math.min(...ys) + Math.max(...ys)) / 2).toBeCloseTo(g.height / 2, 0);
  });

  it('leaves out a shape that rounds to one pixel but keeps its marker, and never repeats a point', () => {
    const speck = square('400', [100, 1], 0.01);
    const g = worldMapGeometry([big, speck], [], [named('400', 1)]);
    expect(g.shapes.map((s) => s.id)).toEqual(['100']);
    expect(g.markers.map((m) => m.id)).toEqual(['400']);
    const xy = points(g.shapes[0]!.d);
    for (let i = 1; i < xy.length; i++) expect(xy[i]).not.toEqual(xy[i - 1]);
  });

  it('steps from point to point relatively, landing on the same whole pixels as absolute coordinates would', () => {
    const shapes = [square('500', [-170, -50], 100), square('600', [20.3, 10.7], 7.9)];
    const g = worldMapGeometry(shapes, [], [], 800);
    // The reference: d3's own absolute path for the same projection, rounded point by point.
    const projection = geoEqualEarth().fitExtent([[1, 1], [799, 399]], { type: 'Sphere' });
    shapes.forEach((f, i) => {
      const drawn: string = geoPath(projection)(f as never) ?? '';
      const absolute = [...drawn.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))] as const);
      const expected = absolute.filter((p, k) => k === 0 || p[0] !== absolute[k - 1]![0] || p[1] !== absolute[k - 1]![1]);
      expect(points(g.shapes[i]!.d)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(3);
    });
  });

  it('marks a named country of a few square pixels, not one a reader can already see', () => {
    const g = worldMapGeometry([square('002', [10, 10], 2), square('004', [30, 10], 4)], [], [named('002', 1), named('004', 1)]);
    expect(g.markers.map((m) => m.id)).toEqual(['002']);
  });

  it('gives no marker to a small country no plan names', () => {
    expect(worldMapGeometry([big, tiny], [], [named('100', 1)]).markers).toEqual([]);
  });

  it('matches a shape numbered without leading zeros (40) to its country (040), and draws a shape with no id as land', () => {
    const anonymous: Feature<Geometry, unknown> = { type: 'Feature', properties: {}, geometry: square('0', [-60, 10], 5).geometry };
    const g = worldMapGeometry([square('40', [50, 10], 5), anonymous], [], [named('040', 2)]);
    expect(g.shapes.map((s) => [s.id, s.count])).toEqual([['', 0], ['040', 2]]);
    expect(g.missing).toEqual([]);
  });
});
