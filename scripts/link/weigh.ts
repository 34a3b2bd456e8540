/** Weighting keys against a corpus of clauses: by rarity among clauses and by spread across documents. */

export interface SpreadOptions {
  /**
   * A key carried by more than this share of the documents is weighted down, linearly to zero at
   * every document: what every plan says (指导思想, 新时代, 立德树人) tells plans apart least.
   */
  spreadFloor: number;
  /** Documents needed before spread means anything: with fewer, nothing is weighted down by it. */
  spreadMinDocuments: number;
}

function documentFrequency(sets: readonly { document: string; keys: Iterable<string> }[]): { clauses: Map<string, number>; documents: Map<string, number> } {
  const clauses = new Map<string, number>();
  const docsOf = new Map<string, Set<string>>();
  for (const s of sets) {
    for (const k of new Set(s.keys)) {
      clauses.set(k, (clauses.get(k) ?? 0) + 1);
      const d = docsOf.get(k) ?? new Set<string>();
      d.add(s.document);
      docsOf.set(k, d);
    }
  }
  return { clauses, documents: new Map([...docsOf].map(([k, d]) => [k, d.size])) };
}

/** How much a key carried by `docs` of `documents` documents still weighs: 1 up to the spread floor, then down to 0. */
function spreadWeight(documents: number, o: SpreadOptions): (docs: number) => number {
  return (docs) => {
    if (documents < o.spreadMinDocuments) return 1;
    const share = docs / documents;
    return share <= o.spreadFloor ? 1 : Math.max(0, (1 - share) / (1 - o.spreadFloor));
  };
}

/**
 * Each input's words TF-IDF weighted over the inputs as a corpus, words most documents carry
 * weighted down by that spread, the `maxWords` heaviest kept.
 */
export function weighWords(documentOf: readonly string[], tokens: readonly (readonly string[])[], o: SpreadOptions & { maxWords: number }): Map<string, number>[] {
  const df = documentFrequency(documentOf.map((document, k) => ({ document, keys: tokens[k]! })));
  const spread = spreadWeight(new Set(documentOf).size, o);
  const idf = (n: number) => Math.log((documentOf.length + 1) / n);
  return tokens.map((ts) => {
    const counts = new Map<string, number>();
    for (const t of ts) counts.set(t, (counts.get(t) ?? 0) + 1);
    const words = [...counts]
      .map(([t, c]) => [t, (1 + Math.log(c)) * idf(df.clauses.get(t)!) * spread(df.documents.get(t)!)] as [string, number])
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, o.maxWords);
    return new Map(words);
  });
}

/** Each input's keys weighted 0–1 by rarity among the inputs (one in a single clause weighs 1), times `factor` of the key. */
export function weighKeys(documentOf: readonly string[], keys: readonly (readonly string[])[], o: SpreadOptions, factor: (key: string, k: number) => number = () => 1): Map<string, number>[] {
  const df = documentFrequency(documentOf.map((document, k) => ({ document, keys: keys[k]! })));
  const spread = spreadWeight(new Set(documentOf).size, o);
  const idf = (n: number) => Math.log((documentOf.length + 1) / n);
  return keys.map((ks, k) => {
    const out = new Map<string, number>();
    for (const key of ks) {
      const w = (idf(df.clauses.get(key)!) / idf(1)) * spread(df.documents.get(key)!) * factor(key, k);
      if (w > (out.get(key) ?? 0)) out.set(key, w);
    }
    return out;
  });
}

