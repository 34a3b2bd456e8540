/**
 * Which countries a clause names, read as whole words: the segmenter is taught every country name,
 * so 日本 in 今日本市 (今日/本市) or 英国 in 精英国际 (精英/国际) is not a country.
 */
import { countries } from '../../src/lib/places/countries.ts';
import type { Segmenter } from './segment.ts';

const codeOf = new Map(countries.flatMap((c) => [c.zh, ...(c.aliases ?? [])].map((name) => [name, c.code] as const)));

/** Every country name, for teaching the segmenter. */
export const countryNames: readonly string[] = [...codeOf.keys()];

/** ISO codes of the countries the text names, in order of first mention. */
export function countriesIn(text: string, segment: Segmenter): string[] {
  const out: string[] = [];
  for (const w of segment(text)) {
    const code = codeOf.get(w);
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}
