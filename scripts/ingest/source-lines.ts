/** A line of a source file, numbered as in the file as received (from 1). */
export interface SourceLine {
  line: number;
  text: string;
  /** Lines a `join-items` correction made part of this one: its item's further bullets, in order. */
  parts?: SourceLine[];
}

/** Splits a file into numbered lines; a BOM and CR line ends are dropped. */
export function toSourceLines(raw: string): SourceLine[] {
  const text = raw.replace(/^\ufeff/, '');
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines.map((t, i) => ({ line: i + 1, text: t }));
}

/** A blank line put in by a correction, so moved text stays a block of its own. */
export function blankLine(): SourceLine {
  return { line: 0, text: '' };
}

/** The lines with the bullets a `join-items` correction folded into others, each under its own number. */
export function withParts(lines: readonly SourceLine[]): SourceLine[] {
  return lines.flatMap((l) => [l, ...(l.parts ?? [])]);
}
