/**
 * Naming indicators in text with the link table's terms (content/indicators.json). Pure.
 * A phrase names an indicator when one of its terms occurs in it; where terms overlap, the longest
 * wins, so `国际及港澳台姊妹学校` (with its scope) beats `姊妹学校`.
 */
import { toSourceSpan } from '../../src/lib/text/fold.ts';
import { foldForMatching, foldForMatchingWithOffsets } from '../../src/lib/text/simplify.ts';
import type { Indicator } from '../../src/schemas/target.ts';
import type { Segment } from './segments.ts';

export interface TermHit {
  indicator: Indicator;
  scope: string | null;
  start: number;
  end: number;
}

/** Every term occurrence in [within.start, within.end), longest first where they overlap, in text order. */
export function findTerms(text: string, within: Segment, indicators: readonly Indicator[]): TermHit[] {
  const all: TermHit[] = [];
  // Folded alike (src/lib/text/fold.ts): 國際學校 names 国际学校; offsets stay the text's own.
  const slice = foldForMatchingWithOffsets(text.slice(within.start, within.end));
  for (const indicator of indicators) {
    for (const term of indicator.terms) {
      const folded = foldForMatching(term.text);
      for (let i = slice.text.indexOf(folded); i !== -1; i = slice.text.indexOf(folded, i + 1)) {
        const [start, end] = toSourceSpan(slice, i, i + folded.length);
        all.push({ indicator, scope: term.scope, start: within.start + start, end: within.start + end });
      }
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermHit[] = [];
  for (const hit of all) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

/** Characters between two spans; 0 when they touch or overlap. */
export function distance(a: Segment, b: Segment): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/**
 * Pairs the link table's terms in an item with its figures: each term, longest first, takes the
 * nearest figure not yet taken that is in one of its indicator's units.
 */
export function pairTerms<F extends Segment & { unit: string }>(text: string, item: Segment, figures: readonly F[], indicators: readonly Indicator[]): { hit: TermHit; figure: F }[] {
  const used = new Set<F>();
  const pairs: { hit: TermHit; figure: F }[] = [];
  const hits = findTerms(text, item, indicators).sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const hit of hits) {
    const figure = figures.filter((f) => !used.has(f) && hit.indicator.units.includes(f.unit)).sort((a, b) => distance(hit, a) - distance(hit, b))[0];
    if (!figure) continue;
    used.add(figure);
    pairs.push({ hit, figure });
  }
  return pairs;
}
