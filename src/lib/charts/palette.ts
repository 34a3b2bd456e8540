/**
 * Region colours: Okabe–Ito hues, each with at least 3:1 contrast on the page background, so a
 * mark reads without its label. Regions keep their colour in every chart.
 */
export const REGION_COLOURS = ['#0072B2', '#009E73', '#D55E00', '#AA3377', '#8C6D1F', '#5A5A60'] as const;

/** Region id → colour, in the order given (parents before children, as the site lists regions). */
export function regionColours(regionIds: readonly string[]): Map<string, string> {
  return new Map(regionIds.map((id, i) => [id, REGION_COLOURS[i % REGION_COLOURS.length]!]));
}

/** The colour of a mark, with a neutral fallback for a region without one. */
export function colourOf(colours: ReadonlyMap<string, string>, region: string): string {
  return colours.get(region) ?? '#5A5A60';
}
