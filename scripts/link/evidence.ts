/**
 * The evidence the aligner weighs for each clause: its themes, the names it mentions, its words
 * and the indicators of its figures, each weighted against the whole corpus.
 */
import type { Clause } from '../../src/schemas/clause.ts';
import type { ClauseEvidence } from '../../src/lib/align/score.ts';
import { readNames } from '../../src/lib/names.ts';
import { foldForMatching } from '../../src/lib/text/simplify.ts';
import type { Segmenter } from './segment.ts';
import { weighKeys, weighWords, type SpreadOptions } from './weigh.ts';

export interface EvidenceInput {
  document: string;
  clause: Clause;
  /** Themes the link stage found in the clause. */
  themes: readonly string[];
  /** Indicators of the clause's targets, baselines and outcomes. */
  indicators: readonly string[];
}

export interface WeightingOptions extends SpreadOptions {
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

/** The evidence of every input clause, in input order, weighted over the inputs as a corpus. */
export function weighEvidence(inputs: readonly EvidenceInput[], segment: Segmenter, o: WeightingOptions = defaultWeighting): ClauseEvidence[] {
  const documentOf = inputs.map((i) => i.document);
  // Words are cut from folded text (src/lib/text/fold.ts), so 學校 and 学校, ＳＴＥＭ and STEM are one word.
  const words = weighWords(documentOf, inputs.map((i) => segment(foldForMatching(i.clause.text)).filter(isWord)), o);
  const names = inputs.map((i) => readNames(i.clause.text).filter((x) => x.kind !== 'docno'));
  const titles = names.map((ns) => new Set(ns.filter((x) => x.kind === 'document').map((x) => x.name)));
  // A name both named and cited counts at its heavier weight.
  const nameWeights = weighKeys(documentOf, names.map((ns) => ns.map((x) => x.name)), o, (name, k) => (titles[k]!.has(name) && !names[k]!.some((x) => x.name === name && x.kind !== 'document') ? o.titleFactor : 1));
  // Themes weigh by rarity among clauses alone: a theme is a subject, however many plans carry it.
  const themes = weighKeys(documentOf, inputs.map((i) => i.themes), { ...o, spreadMinDocuments: Infinity });
  return inputs.map((input, k) => ({ themes: themes[k]!, names: nameWeights[k]!, words: words[k]!, indicators: new Set(input.indicators) }));
}
