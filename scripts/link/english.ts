/**
 * Evidence from a clause's English translation. The translations render one measure one way
 * whatever the Chinese wording (聘请海外专家…智力引进 and 海外引智计划 both become "foreign
 * experts", "overseas talent"), so the English can pair clauses the Chinese words keep apart.
 * Only a translation of the clause's current text counts: a stale one describes another text.
 * Measured by `npm run align -- --held-out`; the aligner does not weigh it (see there why).
 */
import type { GlossaryTerm } from '../../src/schemas/translation.ts';
import { weighKeys, weighWords, type SpreadOptions } from './weigh.ts';
import { stem } from './stem.ts';

/** Function words and the words of plan prose that say nothing about a measure's subject. */
const STOP = new Set(
  `a about above after again all also an and any are as at be been being both but by can could did do does doing down during each few for from further had has have having
  he her here hers him his how i if in into is it its itself just may me more most must my no nor not now of off on once only or other our ours out over own same shall she should
  so some such than that the their theirs them then there these they this those through to too under until up upon very was we were what when where which while who whom why will
  with within would you your yours etc per via among towards toward across including include includes such`
    .split(/\s+/)
    .filter(Boolean),
);

/** An English content word: its stem (the key clauses meet on) and the word as written. */
export interface EnglishWord {
  stem: string;
  word: string;
}

/** The content words of an English text, in order: lower-cased, stop words and numbers dropped. */
export function englishWords(en: string): EnglishWord[] {
  return en
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2 && !STOP.has(w))
    .map((word) => ({ stem: stem(word), word }))
    .filter((w) => w.stem.length >= 2);
}

/** The stems of the words, each followed by the bigram it starts when `bigrams` (`foreign teacher`). */
export function englishTerms(words: readonly EnglishWord[], bigrams: boolean): EnglishWord[] {
  if (!bigrams) return [...words];
  return words.flatMap((w, i) => {
    const next = words[i + 1];
    return next ? [w, { stem: `${w.stem} ${next.stem}`, word: `${w.word} ${next.word}` }] : [w];
  });
}

const fold = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();

/**
 * The glossary terms (by their Chinese) whose English the text uses, matched whole-word and
 * without case, so "Luban Workshops" uses 鲁班工坊 and "workshop" alone does not.
 */
export function glossaryTermsIn(en: string, glossary: readonly GlossaryTerm[]): string[] {
  const text = fold(en);
  const found: string[] = [];
  for (const t of glossary) {
    const term = fold(t.en).replace(/^the /, '');
    if (term.length < 3) continue;
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^a-z])${escaped}(s|es)?($|[^a-z])`).test(text)) found.push(t.zh);
  }
  return found;
}

export interface EnglishEvidence {
  /** English words TF-IDF weighted like the Chinese words, each under the form the corpus writes it most. */
  terms: Map<string, number>;
  /** Glossary terms the English uses (by their Chinese), weighted 0–1 by rarity like names. */
  glossary: Map<string, number>;
}

export interface EnglishOptions {
  /** A clause keeps its this-many heaviest terms. */
  maxTerms: number;
  /** Terms include bigrams of adjacent content words. */
  bigrams: boolean;
  /**
   * Weigh down terms most documents carry, as the Chinese words are. Off: the translations render
   * one subject one way across plans, so "foreign teachers" is in most plans and still tells
   * clauses apart (held out, spread lowers recall: `npm run align -- --held-out`).
   */
  spread: boolean;
}

export const defaultEnglishOptions: EnglishOptions = { maxTerms: 32, bigrams: false, spread: false };

/**
 * The English evidence of every clause, weighted over all of them as a corpus. A clause without a
 * current translation (`undefined`) has none: empty sets, never a guess from its Chinese.
 */
export function weighEnglish(documentOf: readonly string[], english: readonly (string | undefined)[], glossary: readonly GlossaryTerm[], o: SpreadOptions, e: EnglishOptions = defaultEnglishOptions): EnglishEvidence[] {
  const terms = english.map((en) => (en === undefined ? [] : englishTerms(englishWords(en), e.bigrams)));
  // Keys are stems; each is shown as the form the corpus writes most (cooper → cooperation), ties alphabetical.
  const forms = new Map<string, Map<string, number>>();
  for (const t of terms.flat()) {
    const f = forms.get(t.stem) ?? new Map<string, number>();
    f.set(t.word, (f.get(t.word) ?? 0) + 1);
    forms.set(t.stem, f);
  }
  const shown = new Map([...forms].map(([s, f]) => [s, [...f].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]]));
  const weighted = weighWords(documentOf, terms.map((ts) => ts.map((t) => t.stem)), { ...o, maxWords: e.maxTerms, ...(e.spread ? {} : { spreadMinDocuments: Infinity }) });
  const used = weighKeys(documentOf, english.map((en) => (en === undefined ? [] : glossaryTermsIn(en, glossary))), o);
  return english.map((_, k) => ({ terms: new Map([...weighted[k]!].map(([s, w]) => [shown.get(s)!, w])), glossary: used[k]! }));
}
