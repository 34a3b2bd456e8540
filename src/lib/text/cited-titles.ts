/** Spans of cited titles, `《…》`, in a text: [start, end) with the brackets, in text order. */
export function citedTitles(text: string): [number, number][] {
  return [...text.matchAll(/《[^《》]*》/g)].map((m) => [m.index, m.index + m[0].length]);
}
