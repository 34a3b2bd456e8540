/**
 * A region's documents over time: each document beside the next one, theme by theme (new,
 * continued with the aligned clauses that carry it, dropped), and the same indicator's figures
 * across them. A report of outcomes is not a plan: a theme it leaves out is "not reported", not
 * dropped, so every comparison says which kind it is. Pure: plans, theme index and alignments in,
 * view model out.
 */
import type { DocumentType } from '../schemas/document.ts';
import type { DocumentAlignments } from '../schemas/alignment.ts';
import type { Indicator, TargetRecord } from '../schemas/target.ts';
import { crossDocumentLinks, linkIndicators, type DocumentInfo, type IndicatorLink } from './indicator-links.ts';

/** A plan sets out what is to be done; a report says what was done. */
export type DocumentRole = 'plan' | 'report';

export function documentRole(type: DocumentType): DocumentRole {
  return type === 'news-report' ? 'report' : 'plan';
}

/** One document of a region, as the comparison needs it. */
export interface TimedDocument {
  id: string;
  role: DocumentRole;
  /** Theme → the document's clauses on it (the theme index), in document order. */
  themes: ReadonlyMap<string, readonly string[]>;
}

/** Two clauses, one in each document, that the aligner pairs, with what they share. */
export interface AlignedPair {
  earlier: string;
  later: string;
  score: number;
  themes: string[];
  names: string[];
  words: string[];
}

export interface ThemeChange {
  theme: string;
  /** The earlier document's clauses on the theme (empty for a new theme). */
  earlier: readonly string[];
  /** The later document's clauses on the theme (empty for a dropped theme). */
  later: readonly string[];
}

/**
 * Aligned clauses that hang together: every clause of either side paired with some clause of the
 * other, so a clause aligned with three others is quoted once, not three times.
 */
export interface PairGroup {
  /** Clauses of the earlier document, in its order. */
  earlier: string[];
  /** Clauses of the later document, in its order. */
  later: string[];
  /** The pairs that join them, strongest first. */
  pairs: AlignedPair[];
}

export interface ContinuedTheme extends ThemeChange {
  /** Aligned pairs whose clauses are both on this theme, filed here (each pair is filed once). */
  pairs: AlignedPair[];
  /** The same pairs as groups of connected clauses, strongest group first. */
  groups: PairGroup[];
  /** Pairs on this theme too, but filed under another (`theme`), to be referred to, not quoted twice. */
  alsoHere: { pair: AlignedPair; theme: string }[];
}

export type Relation = 'plan-plan' | 'plan-report' | 'report-plan' | 'report-report';

export interface Succession {
  earlier: string;
  later: string;
  relation: Relation;
  /** Themes the later document has and the earlier lacks, most clauses first. */
  added: ThemeChange[];
  /** Themes both have, most clauses first. */
  continued: ContinuedTheme[];
  /** Themes the earlier has and the later lacks, most clauses first. */
  dropped: ThemeChange[];
  /** Aligned pairs without a theme both clauses carry, grouped. */
  unthemed: PairGroup[];
}

type Clauses = DocumentAlignments['clauses'];

/**
 * The aligned pairs between two documents, read from both sides (a pair recorded on either side
 * counts once, with the higher score), strongest first.
 */
export function pairsBetween(alignments: ReadonlyMap<string, Clauses>, earlier: string, later: string): AlignedPair[] {
  const pairs = new Map<string, AlignedPair>();
  const add = (p: AlignedPair) => {
    const key = `${p.earlier} ${p.later}`;
    const seen = pairs.get(key);
    if (!seen || seen.score < p.score) pairs.set(key, p);
  };
  for (const [clause, { aligned }] of Object.entries(alignments.get(earlier) ?? {})) {
    for (const a of aligned) if (a.document === later) add({ earlier: clause, later: a.clause, score: a.score, themes: a.themes, names: a.names, words: a.words });
  }
  for (const [clause, { aligned }] of Object.entries(alignments.get(later) ?? {})) {
    for (const a of aligned) if (a.document === earlier) add({ earlier: a.clause, later: clause, score: a.score, themes: a.themes, names: a.names, words: a.words });
  }
  return [...pairs.values()].sort((a, b) => b.score - a.score || a.earlier.localeCompare(b.earlier) || a.later.localeCompare(b.later));
}

const byWeight = (weight: (c: ThemeChange) => number) => (a: ThemeChange, b: ThemeChange) => weight(b) - weight(a) || a.theme.localeCompare(b.theme);

/** One document beside the next: themes new, continued (with their aligned pairs) and dropped. */
export function compareSuccessive(earlier: TimedDocument, later: TimedDocument, pairs: readonly AlignedPair[]): Succession {
  const has = (d: TimedDocument, theme: string) => (d.themes.get(theme)?.length ?? 0) > 0;
  const change = (theme: string): ThemeChange => ({ theme, earlier: earlier.themes.get(theme) ?? [], later: later.themes.get(theme) ?? [] });
  const themes = [...new Set([...earlier.themes.keys(), ...later.themes.keys()])].filter((t) => has(earlier, t) || has(later, t));
  const added = themes.filter((t) => !has(earlier, t)).map(change).sort(byWeight((c) => c.later.length));
  const dropped = themes.filter((t) => !has(later, t)).map(change).sort(byWeight((c) => c.earlier.length));
  const continued: ContinuedTheme[] = themes
    .filter((t) => has(earlier, t) && has(later, t))
    .map((t) => ({ ...change(t), pairs: [], groups: [], alsoHere: [] }))
    .sort(byWeight((c) => c.earlier.length + c.later.length));
  const continuedOf = new Map(continued.map((c) => [c.theme, c]));
  const unthemed: AlignedPair[] = [];
  for (const pair of pairs) {
    // The themes on which both clauses stand, the aligner's strongest first, then the page's order.
    const fits = (t: string) => continuedOf.get(t)!.earlier.includes(pair.earlier) && continuedOf.get(t)!.later.includes(pair.later);
    const shared = [...new Set([...pair.themes.filter((t) => continuedOf.has(t)), ...continued.map((c) => c.theme)])].filter(fits);
    const [home, ...others] = shared;
    if (home === undefined) {
      unthemed.push(pair);
      continue;
    }
    continuedOf.get(home)!.pairs.push(pair);
    for (const t of others) continuedOf.get(t)!.alsoHere.push({ pair, theme: home });
  }
  for (const c of continued) c.groups = groupPairs(c.pairs, c.earlier, c.later);
  const order = (d: TimedDocument) => [...new Set([...d.themes.values()].flat())];
  return { earlier: earlier.id, later: later.id, relation: `${earlier.role}-${later.role}`, added, continued, dropped, unthemed: groupPairs(unthemed, order(earlier), order(later)) };
}

/**
 * Pairs (strongest first) as groups of connected clauses; `earlierOrder` and `laterOrder` give
 * each document's clause order. Groups keep the order of their strongest pair.
 */
export function groupPairs(pairs: readonly AlignedPair[], earlierOrder: readonly string[], laterOrder: readonly string[]): PairGroup[] {
  const groupOf = new Map<string, PairGroup>();
  const groups: PairGroup[] = [];
  for (const pair of pairs) {
    const a = groupOf.get(`e ${pair.earlier}`);
    const b = groupOf.get(`l ${pair.later}`);
    let g = a ?? b;
    if (!g) groups.push((g = { earlier: [], later: [], pairs: [] }));
    if (a && b && a !== b) {
      // The pair joins two groups: the later-made one folds into the first.
      const [keep, drop] = groups.indexOf(a) < groups.indexOf(b) ? [a, b] : [b, a];
      keep.earlier.push(...drop.earlier);
      keep.later.push(...drop.later);
      keep.pairs.push(...drop.pairs);
      for (const e of drop.earlier) groupOf.set(`e ${e}`, keep);
      for (const l of drop.later) groupOf.set(`l ${l}`, keep);
      groups.splice(groups.indexOf(drop), 1);
      g = keep;
    }
    if (!g.earlier.includes(pair.earlier)) g.earlier.push(pair.earlier);
    if (!g.later.includes(pair.later)) g.later.push(pair.later);
    g.pairs.push(pair);
    groupOf.set(`e ${pair.earlier}`, g);
    groupOf.set(`l ${pair.later}`, g);
  }
  const inOrder = (order: readonly string[]) => (x: string, y: string) => order.indexOf(x) - order.indexOf(y);
  const strongest = (x: AlignedPair, y: AlignedPair) => y.score - x.score;
  for (const g of groups) {
    g.earlier.sort(inOrder(earlierOrder));
    g.later.sort(inOrder(laterOrder));
    g.pairs.sort(strongest);
  }
  return groups.sort((x, y) => strongest(x.pairs[0]!, y.pairs[0]!));
}

/** Each document of a region beside the next, in the order given (time order). */
export function successions(docs: readonly TimedDocument[], alignments: ReadonlyMap<string, Clauses>): Succession[] {
  return docs.slice(1).map((later, i) => compareSuccessive(docs[i]!, later, pairsBetween(alignments, docs[i]!.id, later.id)));
}

export interface Wording {
  zh: string;
  en: string;
}

/** What the comparison is, and what new, continued and dropped mean for it. */
export interface RelationWords {
  kind: Wording;
  added: Wording;
  continued: Wording;
  dropped: Wording;
}

export const relationWords: Record<Relation, RelationWords> = {
  'plan-plan': {
    kind: { zh: '规划 → 规划', en: 'Plan → plan' },
    added: { zh: '新增主题', en: 'New themes' },
    continued: { zh: '延续主题', en: 'Continued themes' },
    dropped: { zh: '不再提及的主题', en: 'Dropped themes' },
  },
  'plan-report': {
    kind: { zh: '规划 → 报道（成效）', en: 'Plan → report of outcomes' },
    added: { zh: '规划未提、报道提及的主题', en: 'Reported, not in the plan' },
    continued: { zh: '规划提出、已见报道的主题', en: 'Planned and reported' },
    dropped: { zh: '规划提出、未见报道的主题', en: 'Planned, not reported' },
  },
  'report-plan': {
    kind: { zh: '报道 → 规划', en: 'Report → plan' },
    added: { zh: '规划新提出的主题', en: 'New in the plan' },
    continued: { zh: '报道提及、规划继续的主题', en: 'Reported and planned again' },
    dropped: { zh: '报道提及、规划未再提出的主题', en: 'Reported, not planned again' },
  },
  'report-report': {
    kind: { zh: '报道 → 报道', en: 'Report → report' },
    added: { zh: '新报道的主题', en: 'Newly reported' },
    continued: { zh: '两次均报道的主题', en: 'Reported both times' },
    dropped: { zh: '未再报道的主题', en: 'Not reported again' },
  },
};

/**
 * Indicators that two or more of the documents give figures for, each with its documents in the
 * order given (time order): a target beside the next target, or beside the outcome reported.
 */
export function indicatorsOverTime(records: readonly TargetRecord[], indicators: readonly Indicator[], docs: readonly DocumentInfo[]): IndicatorLink[] {
  const ids = new Set(docs.map((d) => d.id));
  return crossDocumentLinks(linkIndicators(records.filter((r) => ids.has(r.document)), indicators, docs));
}
