/**
 * Country shapes for the partner-country map: Natural Earth via the world-atlas package, at
 * 1:110m for the whole map and 1:50m for partners too small to appear at 1:110m. Shapes carry
 * ISO 3166-1 numeric codes; the gazetteer (countries.ts) uses alpha-2, so codes are translated.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import coarse from 'world-atlas/countries-110m.json' with { type: 'json' };
import fine from 'world-atlas/countries-50m.json' with { type: 'json' };

type Shapes = Feature<Geometry, unknown>[];

function shapesOf(topology: unknown): Shapes {
  const t = topology as Topology<{ countries: GeometryCollection }>;
  return feature(t, t.objects.countries).features as Shapes;
}

let shapes: { base: Shapes; detail: Shapes } | undefined;
/** The shapes, unpacked once a build: both editions of the names page draw the same map. */
export const worldShapes = (): { base: Shapes; detail: Shapes } => (shapes ??= { base: shapesOf(coarse), detail: shapesOf(fine) });

/** `SG` → `702`; an alpha-2 code the standard does not know is an error, never a silent gap. */
export function numericCode(alpha2: string): string {
  const n = isoCountries.alpha2ToNumeric(alpha2);
  if (!n) throw new Error(`no ISO 3166-1 numeric code for country "${alpha2}"`);
  return n;
}
