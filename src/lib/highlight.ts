/** A piece of clause text, marked where a theme's term was found. */
export interface Piece {
  text: string;
  mark: boolean;
}

/** Cuts text at the given spans (UTF-16 offsets, end exclusive; overlaps are merged). */
export function highlight(text: string, spans: readonly (readonly [number, number])[]): Piece[] {
  const merged: [number, number][] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([Math.max(0, s), Math.min(text.length, e)]);
  }
  const pieces: Piece[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    if (e > s) pieces.push({ text: text.slice(s, e), mark: true });
    at = Math.max(at, e);
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}
