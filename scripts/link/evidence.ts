/**
 * The evidence the aligner weighs for each clause: its themes, the names it mentions, its words
 * and the indicators of its figures, each weighted against the whole corpus.
 */
import type { Clause } from '../../src/schemas/clause.ts';
import type { ClauseEvidence } from '../../src/lib/align/score.ts';
import { readNames } from '../../src/lib/names.ts';
import { foldForMatching } from '../../src/lib/text/simplify.ts';
import type { Segmenter } from './segment.ts';

export interface EvidenceInput {
  document: string;
  clause: Clause;
  /** Themes the link stage found in the clause. */
  themes: readonly string[];
  /** Indicators of the clause's targets, baselines and outcomes. */
  indicators: readonly string[];
}

export interface WeightingOptions {
  /**
   * A word or name carried by more than this share of the documents is weighted down, linearly to
   * zero at every document: what every plan says (指导思想, 新时代, 立德树人) tells plans apart least.
   */
  spreadFloor: number;
  /** Documents needed before spread means anything: with fewer, nothing is weighted down by it. */
  spreadMinDocuments: number;
  /** A clause keeps its this-many heaviest words; the compare page ships them, so they are bounded. */
  maxWords: number;
  /** The weight of a cited title (《…》) relative to a named programme (“…”): titles are often cited in preambles. */
  titleFactor: number;
}

export const defaultWeighting: WeightingOptions = { spreadFloor: 0.5, spreadMinDocuments: 4, maxWords: 32, titleFactor: 0.5 };

/** Clause kinds that carry the plan's substance (not titles, furniture, captions or bylines). */
const SUBSTANTIVE = new Set<Clause['kind']>(['part', 'section', 'item', 'lead', 'heading', 'paragraph', 'row', 'list-item']);

/**
 * Whether a clause is worth aligning: text of its own beyond a number and heading, of a
 * substantive kind, and not inside a covering notice (whose paragraphs are the same in every notice).
 */
export function alignable(c: Clause, byId: ReadonlyMap<string, Clause>): boolean {
  if (!SUBSTANTIVE.has(c.kind)) return false;
  if (c.text.length <= c.number.length + c.heading.length && c.kind !== 'row' && c.kind !== 'list-item') return false;
  for (let p = c.parent ? byId.get(c.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined) if (p.kind === 'notice') return false;
  return true;
}

/** Words worth weighing: two or more characters with at least one letter (no numbers, no punctuation). */
export function isWord(token: string): boolean {
  return [...token].length >= 2 && /[\p{Script=Han}\p{L}]/u.test(token) && !/^[\p{N}\p{P}\s]+$/u.test(token);
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

/** The evidence of every input clause, in input order, weighted over the inputs as a corpus. */
export function weighEvidence(inputs: readonly EvidenceInput[], segment: Segmenter, o: WeightingOptions = defaultWeighting): ClauseEvidence[] {
  const documents = new Set(inputs.map((i) => i.document)).size;
  const n = inputs.length;
  // Words are cut from folded text (src/lib/text/fold.ts), so 學校 and 学校, ＳＴＥＭ and STEM are one word.
  const tokens = inputs.map((i) => segment(foldForMatching(i.clause.text)).filter(isWord));
  const names = inputs.map((i) => readNames(i.clause.text).filter((x) => x.kind !== 'docno'));
  const wordDf = documentFrequency(inputs.map((i, k) => ({ document: i.document, keys: tokens[k]! })));
  const nameDf = documentFrequency(inputs.map((i, k) => ({ document: i.document, keys: names[k]!.map((x) => x.name) })));
  const themeDf = documentFrequency(inputs.map((i) => ({ document: i.document, keys: i.themes })));

  const spread = (docs: number) => {
    if (documents < o.spreadMinDocuments) return 1;
    const share = docs / documents;
    return share <= o.spreadFloor ? 1 : Math.max(0, (1 - share) / (1 - o.spreadFloor));
  };
  const idf = (df: number) => Math.log((n + 1) / df);

  return inputs.map((input, k) => {
    const counts = new Map<string, number>();
    for (const t of tokens[k]!) counts.set(t, (counts.get(t) ?? 0) + 1);
    const words = [...counts]
      .map(([t, c]) => [t, (1 + Math.log(c)) * idf(wordDf.clauses.get(t)!) * spread(wordDf.documents.get(t)!)] as [string, number])
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, o.maxWords);
    // Themes and names weigh 0–1: one in a single clause weighs 1, one in every clause 0.
    const themes = input.themes.map((t) => [t, idf(themeDf.clauses.get(t)!) / idf(1)] as [string, number]);
    const nameWeights = new Map<string, number>();
    for (const x of names[k]!) {
      const w = (idf(nameDf.clauses.get(x.name)!) / idf(1)) * spread(nameDf.documents.get(x.name)!) * (x.kind === 'document' ? o.titleFactor : 1);
      if (w > (nameWeights.get(x.name) ?? 0)) nameWeights.set(x.name, w);
    }
    return {
      themes: new Map(themes),
      names: nameWeights,
      words: new Map(words),
      indicators: new Set(input.indicators),
    };
  });
}
