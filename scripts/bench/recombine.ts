/**
 * Recombining the numbered parts (一、…) of line-paragraph sources into a new text. A part moves
 * as a whole, with its sections, items and tables, so every structure the pipeline reads
 * survives; only the part numbers are rewritten, so the new document has no duplicate ids.
 */
import type { Layout } from '../../src/schemas/document.ts';
import { SourceError } from '../ingest/errors.ts';
import { numberToChinese } from '../../src/lib/text/chinese-numerals.ts';
import { resolveHints, type ResolvedLayout } from '../ingest/resolve-hints.ts';
import { toSourceLines } from '../ingest/source-lines.ts';

export interface PartSplit {
  /** Lines before the first part (title, masthead, preamble). */
  prefix: string[];
  /** Each part: its heading line and every line up to the next part or the suffix. */
  parts: string[][];
  /** Lines from the first declared block after the parts (an annex heading) to the end. */
  suffix: string[];
}

// A part heading, after any Word bookmarks the extraction left in front of it.
const PART_HEADING = /^((?:\[bookmark: [^\]]*\])*)([一二三四五六七八九十百]+)、/;

/** The lines each declared block and the notice cover, or undefined when the hints do not fit the text. */
export function declaredLines(text: string, layout: Layout): ResolvedLayout | undefined {
  try {
    return resolveHints(toSourceLines(text), layout, { meta: 'meta.json', metaText: '', text: 'text.txt' });
  } catch (e) {
    if (e instanceof SourceError) return undefined;
    throw e;
  }
}

/**
 * Splits a text at its part headings. Undefined when the text has no parts or a declared block
 * falls inside a part, where moving lines would detach it from its text.
 */
export function splitParts(text: string, layout: Layout): PartSplit | undefined {
  const lines = text.split('\n');
  const starts = lines.flatMap((l, i) => (PART_HEADING.test(l) ? [i] : []));
  const blocks = declaredLines(text, layout)?.blocks;
  if (!starts.length || layout.notice || !blocks) return undefined;
  const first = starts[0]!;
  // Declared blocks cover 1-based lines; a block starting after the first part opens the suffix.
  const after = blocks.map((b) => b.lines[0]! - 1).filter((i) => i >= first);
  const suffixStart = after.length ? Math.min(...after) : lines.length;
  if (blocks.some((b) => b.lines[0]! - 1 < first && b.lines.at(-1)! - 1 >= first)) return undefined;
  const bounds = [...starts.filter((s) => s < suffixStart), suffixStart];
  return {
    prefix: lines.slice(0, first),
    parts: bounds.slice(0, -1).map((s, k) => lines.slice(s, bounds[k + 1])),
    suffix: lines.slice(suffixStart),
  };
}

/** The part with its heading renumbered: `[bookmark: x]三、…` → `[bookmark: x]一、…`. */
export function renumberPart(part: readonly string[], n: number): string[] {
  return part.map((line, i) => (i === 0 ? line.replace(PART_HEADING, (_m, marks: string) => `${marks}${numberToChinese(n)}、`) : line));
}

/**
 * A new text: the base's prefix and suffix around the given parts, numbered from 一. The layout
 * hints name their text, so they find the suffix's blocks wherever it now starts.
 */
export function joinParts(base: PartSplit, layout: Layout, parts: readonly (readonly string[])[]): { text: string; layout: Layout } {
  const body = parts.flatMap((p, k) => renumberPart(p, k + 1));
  return { text: [...base.prefix, ...body, ...base.suffix].join('\n'), layout };
}
