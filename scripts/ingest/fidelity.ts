/**
 * The fidelity check: every sentence of a source, as received, must appear in what readers get.
 * Only whitespace and the markup that the editorial rules remove are set aside.
 */

/** Extraction markup that the pipeline removes under a recorded rule (see notes.ts). */
const MARKUP = [/\[bookmark: [^\]]*\]/g, /^#{1,6} /gm, /^- (◆ ?)?/gm];

const WHITESPACE = /[\s\u00a0\u3000\ufeff]+/g;

export function stripWhitespace(text: string): string {
  return text.replace(WHITESPACE, '');
}

/** A source cut into the pieces that must each appear verbatim: lines, split after 。！？. */
export function sourceSegments(raw: string): string[] {
  let text = raw;
  for (const m of MARKUP) text = text.replace(m, '');
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[。！？])/u))
    .map(stripWhitespace)
    .filter((s) => s.length > 0);
}

/** The segments of `raw` that do not appear in `published` (whitespace aside). */
export function missingSegments(raw: string, published: string): string[] {
  const haystack = stripWhitespace(published);
  return sourceSegments(raw).filter((s) => !haystack.includes(s));
}
