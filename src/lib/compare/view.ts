/**
 * What a comparison of 2–4 plans shows, computed from their published data alone: themes ordered
 * by how much the plans say, each plan's clauses on the theme with the clauses of the other plans
 * they align with, what only some plans cover, and the figures of the same indicator side by side.
 * Pure: the compare page runs it in the browser on the plans a reader picks.
 */
import type { ComparePlan, CompareClause, CompareFigure } from '../../schemas/compare.ts';
import { evidenceFromData } from '../align/evidence-data.ts';
import { alignClauses } from '../align/pairs.ts';
import { applyJudgements, type PairSource } from '../align/judgements.ts';
import { defaultAlignOptions, type AlignOptions } from '../align/score.ts';

export interface AlignedRef {
  plan: string;
  clause: string;
  label: string;
  score: number;
  /** Shared theme ids, strongest first. */
  themes: string[];
  /** Shared names and words, strongest first: what is marked in both clauses. */
  terms: string[];
  /** Who pairs them: the aligner, an editor, or both. */
  by: PairSource;
}

export interface ClauseCard {
  plan: string;
  clause: CompareClause;
  /** Spans to mark: the theme's terms and the words it shares with the aligned clauses shown. */
  marks: [number, number][];
  aligned: AlignedRef[];
}

export interface ThemeRow {
  theme: string;
  /** Clauses on the theme, all plans together. */
  total: number;
  columns: { plan: string; cards: ClauseCard[] }[];
  /** Plans that say nothing on the theme. */
  absent: string[];
}

export interface PairCard {
  a: ClauseCard;
  b: ClauseCard;
  score: number;
}

export interface IndicatorRow {
  indicator: string;
  name: string;
  byPlan: { plan: string; figures: CompareFigure[] }[];
}

export interface CompareView {
  plans: { id: string; title: string; regionName: string; when: string; clauses: number; themes: number; commitments: ComparePlan['commitments'] }[];
  counts: { themes: number; sharedThemes: number; alignedPairs: number; onlyIn: Record<string, number> };
  rows: ThemeRow[];
  /** Aligned pairs that share no theme: they still belong side by side. */
  other: PairCard[];
  /** Indicators with figures in two or more of the plans first, then the rest. */
  figures: IndicatorRow[];
}

/** Every occurrence of each term in text, as spans. */
export function occurrences(text: string, terms: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const t of terms) {
    if (!t) continue;
    for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + t.length)) out.push([i, i + t.length]);
  }
  return out;
}

export function compareView(plans: readonly ComparePlan[], options: AlignOptions = defaultAlignOptions): CompareView {
  const key = (plan: string, clause: string) => `${plan}#${clause}`;
  const clauseOf = new Map<string, { plan: string; clause: CompareClause }>();
  for (const p of plans) for (const c of p.clauses) clauseOf.set(key(p.id, c.id), { plan: p.id, clause: c });

  const inputs = plans.flatMap((p) => p.clauses.filter((c) => c.evidence).map((c) => ({ document: p.id, clause: c.id, evidence: evidenceFromData(c.evidence!) })));
  const judged = plans.flatMap((p) => p.judged.map(([clause, other, aligned]) => ({ a: `${p.id}#${clause}`, b: other, aligned })));
  const pairs = applyJudgements(inputs, alignClauses(inputs, options), judged, options);
  const alignedOf = new Map<string, AlignedRef[]>();
  const refTo = (to: (typeof inputs)[number], score: number, themes: string[], terms: string[], by: PairSource): AlignedRef => ({
    plan: to.document,
    clause: to.clause,
    label: clauseOf.get(key(to.document, to.clause))!.clause.label,
    score,
    themes,
    terms,
    by,
  });
  for (const p of pairs) {
    const a = inputs[p.a]!;
    const b = inputs[p.b]!;
    const themes = p.result.themes.map((s) => s.key);
    const terms = [...p.result.names, ...p.result.words].map((s) => s.key);
    alignedOf.set(key(a.document, a.clause), [...(alignedOf.get(key(a.document, a.clause)) ?? []), refTo(b, p.result.score, themes, terms, p.by)]);
    alignedOf.set(key(b.document, b.clause), [...(alignedOf.get(key(b.document, b.clause)) ?? []), refTo(a, p.result.score, themes, terms, p.by)]);
  }
  for (const list of alignedOf.values()) list.sort((x, y) => y.score - x.score || x.plan.localeCompare(y.plan));

  const themesOf = (c: CompareClause) => new Set(c.themes.map(([t]) => t));
  const card = (plan: string, clause: CompareClause, theme: string | undefined, partners: AlignedRef[]): ClauseCard => {
    const spans = theme ? (clause.themes.find(([t]) => t === theme)?.[1] ?? []) : [];
    const words = partners.flatMap((r) => r.terms);
    return { plan, clause, marks: [...spans.map(([s, e]) => [s, e] as [number, number]), ...occurrences(clause.text, words)], aligned: partners };
  };

  const allThemes = new Set(plans.flatMap((p) => p.clauses.flatMap((c) => [...themesOf(c)])));
  const rows: ThemeRow[] = [...allThemes].map((theme) => {
    const columns = plans.map((p) => ({
      plan: p.id,
      cards: p.clauses
        .filter((c) => themesOf(c).has(theme))
        .map((c) => {
          // In a theme's row, a clause shows the aligned clauses that are on the theme too.
          const partners = (alignedOf.get(key(p.id, c.id)) ?? []).filter((r) => themesOf(clauseOf.get(key(r.plan, r.clause))!.clause).has(theme));
          return card(p.id, c, theme, partners);
        }),
    }));
    return {
      theme,
      total: columns.reduce((n, col) => n + col.cards.length, 0),
      columns,
      absent: columns.filter((col) => col.cards.length === 0).map((col) => col.plan),
    };
  });
  // Themes every plan covers first, by how much all of them say (the geometric mean of their counts,
  // so one plan's long list does not outrank two plans saying a fair amount each); then the rest.
  const depth = (r: ThemeRow) => Math.pow(r.columns.reduce((n, c) => n * Math.max(1, c.cards.length), 1), 1 / r.columns.length);
  rows.sort((x, y) => x.absent.length - y.absent.length || depth(y) - depth(x) || y.total - x.total || x.theme.localeCompare(y.theme));

  const other: PairCard[] = pairs
    .filter((p) => p.result.themes.length === 0)
    .map((p) => {
      const a = clauseOf.get(key(inputs[p.a]!.document, inputs[p.a]!.clause))!;
      const b = clauseOf.get(key(inputs[p.b]!.document, inputs[p.b]!.clause))!;
      const terms = [...p.result.names, ...p.result.words].map((s) => s.key);
      return {
        a: card(a.plan, a.clause, undefined, [refTo(inputs[p.b]!, p.result.score, [], terms, p.by)]),
        b: card(b.plan, b.clause, undefined, [refTo(inputs[p.a]!, p.result.score, [], terms, p.by)]),
        score: p.result.score,
      };
    })
    .sort((x, y) => y.score - x.score);

  const indicators = new Map<string, IndicatorRow>();
  for (const p of plans) {
    for (const f of p.figures) {
      const row = indicators.get(f.indicator) ?? { indicator: f.indicator, name: f.indicatorName, byPlan: plans.map((q) => ({ plan: q.id, figures: [] as CompareFigure[] })) };
      row.byPlan.find((b) => b.plan === p.id)!.figures.push(f);
      indicators.set(f.indicator, row);
    }
  }
  const planCount = (r: IndicatorRow) => r.byPlan.filter((b) => b.figures.length > 0).length;
  const figures = [...indicators.values()].sort((x, y) => planCount(y) - planCount(x) || x.name.localeCompare(y.name, 'zh'));

  const onlyIn: Record<string, number> = {};
  for (const p of plans) onlyIn[p.id] = rows.filter((r) => r.absent.length === plans.length - 1 && !r.absent.includes(p.id)).length;
  return {
    plans: plans.map((p) => ({ id: p.id, title: p.title, regionName: p.regionName, when: p.when, clauses: p.clauses.filter((c) => c.evidence).length, themes: [...new Set(p.clauses.flatMap((c) => [...themesOf(c)]))].length, commitments: p.commitments })),
    counts: { themes: rows.length, sharedThemes: rows.filter((r) => r.absent.length === 0).length, alignedPairs: pairs.length, onlyIn },
    rows,
    other,
    figures,
  };
}
