/** A line of a source file, numbered as in the file as received (from 1). */
export interface SourceLine {
  line: number;
  text: string;
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
