/**
 * A world map of how many plans name each country: geometry only (paths and markers in pixels),
 * drawn at build time. Pure: the country shapes come in as GeoJSON.
 *
 * Shapes are projected (Equal Earth, so areas compare fairly) and rounded to whole pixels with
 * repeated points dropped: at the width a page shows, finer coordinates cost bytes and show
 * nothing. A named country too small to see at this scale (Singapore, Malta) gets a circle at its
 * centre as well, so no partner is invisible.
 */
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';

export interface MapCountry {
  /** ISO 3166-1 numeric code, as the shapes carry it (`702`). */
  id: string;
  /** What a reader sees on hover and in the text alternative: `新加坡 Singapore：2 份文件`. */
  tip: string;
  /** How many plans name it. */
  count: number;
}

export interface MapShape {
  id: string;
  d: string;
  /** Plans naming the country; 0 for the base map. */
  count: number;
  tip?: string;
}

export interface MapMarker {
  id: string;
  x: number;
  y: number;
  count: number;
  tip: string;
}

export interface WorldMapGeometry {
  width: number;
  height: number;
  /** The outline of the globe. */
  sphere: string;
  shapes: MapShape[];
  markers: MapMarker[];
  /** Named countries no shape was given for: reported, never dropped in silence. */
  missing: MapCountry[];
}

/** Below this many square pixels a country is marked with a circle too. */
const SMALL_AREA = 30;

export type CountryFeature = Feature<Geometry, unknown>;

/**
 * An SVG path of a feature, rounded to whole pixels, consecutive repeats dropped. After each ring's
 * first point the steps are relative (`l3,-2 1,4`): points are rounded first and the steps taken
 * between rounded points, so no error adds up, and small steps compress to a third of the bytes.
 */
function roundedPath(path: (ctxTarget: object) => void): string {
  let d = '';
  let at: [number, number] = [0, 0];
  let ring = '';
  let steps = 0;
  const end = () => {
    // A ring that rounded to a single point draws nothing: leave it out.
    if (steps > 0) d += ring;
    ring = '';
    steps = 0;
  };
  path({
    moveTo(x: number, y: number) {
      end();
      at = [Math.round(x), Math.round(y)];
      ring = `M${at[0]},${at[1]}`;
    },
    lineTo(x: number, y: number) {
      const [px, py] = [Math.round(x), Math.round(y)];
      if (px === at[0] && py === at[1]) return;
      ring += `${steps === 0 ? 'l' : ' '}${px - at[0]},${py - at[1]}`;
      at = [px, py];
      steps++;
    },
    closePath() {
      ring += 'Z';
      end();
    },
    arc() {},
  });
  end();
  return d;
}

/**
 * Geometry of the map. `base` is every country's shape (a coarse scale); `detail` holds finer
 * shapes used only for named countries the base lacks (small island states).
 */
export function worldMapGeometry(base: readonly CountryFeature[], detail: readonly CountryFeature[], named: readonly MapCountry[], width = 800): WorldMapGeometry {
  const height = Math.round(width / 2);
  const projection = geoEqualEarth().fitExtent([[1, 1], [width - 1, height - 1]], { type: 'Sphere' });
  const draw = (f: object) => (ctx: object) => geoPath(projection, ctx as never)(f as never);
  const sphereArea = geoPath(projection).area({ type: 'Sphere' });
  const byId = new Map(named.map((c) => [c.id, c]));
  const idOf = (f: CountryFeature) => (f.id === undefined ? '' : String(f.id).padStart(3, '0'));
  const shapes: MapShape[] = [];
  const markers: MapMarker[] = [];
  const drawn = new Set<string>();
  const add = (f: CountryFeature) => {
    const id = idOf(f);
    const c = byId.get(id);
    const d = roundedPath(draw(f));
    if (d) shapes.push(c ? { id, d, count: c.count, tip: c.tip } : { id, d, count: 0 });
    if (!c) return;
    drawn.add(id);
    // Projected area in square pixels: the sphere's share of the map times the country's share of the sphere.
    const px = (geoArea(f as never) / (4 * Math.PI)) * sphereArea;
    if (px < SMALL_AREA) {
      const [x, y] = projection(geoCentroid(f as never)) ?? [NaN, NaN];
      if (Number.isFinite(x) && Number.isFinite(y)) markers.push({ id, x: Math.round(x), y: Math.round(y), count: c.count, tip: c.tip });
    }
  };
  for (const f of base) add(f);
  for (const f of detail) if (byId.has(idOf(f)) && !drawn.has(idOf(f))) add(f);
  // Named countries first in the markup would be hidden under their neighbours' borders: draw them last.
  shapes.sort((a, b) => a.count - b.count);
  return {
    width,
    height,
    sphere: roundedPath(draw({ type: 'Sphere' })),
    shapes,
    markers,
    missing: named.filter((c) => !drawn.has(c.id)),
  };
}
