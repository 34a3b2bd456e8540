/**
 * Traditional → simplified for search queries. Only characters that occur in the corpus (and the
 * theme terms) are kept, so the table stays small; it is fetched only when a query needs it.
 */
export function buildT2sTable(corpusText: string, toTraditional: (ch: string) => string): Record<string, string> {
  const table: Record<string, string> = {};
  const seen = new Set<string>();
  for (const ch of corpusText) {
    if (seen.has(ch) || !/\p{Script=Han}/u.test(ch)) continue;
    seen.add(ch);
    const trad = toTraditional(ch);
    if (trad !== ch && [...trad].length === 1) table[trad] = ch;
  }
  return table;
}
