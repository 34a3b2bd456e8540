/**
 * The English edition's compare data: built beside each plan's compare data at build time, and
 * merged into it on English pages, so Chinese readers fetch no English and the comparison is
 * computed from the same Chinese evidence in both editions. Pure.
 */
import type { ComparePlan, ComparePlanEnglish } from '../../schemas/compare.ts';
import type { TargetRecord } from '../../schemas/target.ts';
import { formatFigureEn } from '../target-format.ts';

export interface EnglishInput {
  plan: ComparePlan;
  title: string;
  regionName: string;
  when: string;
  /** The plan's figures as {@link ComparePlan.figures} lists them. */
  figures: readonly TargetRecord[];
  english: (clause: string) => { en: string; stale: boolean } | undefined;
  indicatorName: (id: string) => string | undefined;
}

export function toComparePlanEnglish(p: EnglishInput): ComparePlanEnglish {
  if (p.figures.length !== p.plan.figures.length) throw new Error(`compare data of ${p.plan.id}: ${p.figures.length} figures in English, ${p.plan.figures.length} in the plan`);
  const clauses = Object.fromEntries(
    p.plan.clauses.flatMap((c) => {
      const e = p.english(c.id);
      return e ? [[c.id, e.stale ? { en: e.en, stale: true as const } : { en: e.en }]] : [];
    }),
  );
  const figures = p.figures.map((f) => ({ indicatorName: p.indicatorName(f.indicator) ?? f.indicatorName, figure: formatFigureEn(f) }));
  return { id: p.plan.id, title: p.title, regionName: p.regionName, when: p.when, clauses, figures };
}

/** A plan's compare data as the English edition shows it: names, figures and clauses in English where there is English. */
export function withEnglish(plan: ComparePlan, en: ComparePlanEnglish): ComparePlan {
  return {
    ...plan,
    title: en.title,
    regionName: en.regionName,
    when: en.when,
    clauses: plan.clauses.map((c) => {
      const t = en.clauses[c.id];
      return t ? { ...c, en: t.en, ...(t.stale ? { enStale: true as const } : {}) } : c;
    }),
    figures: plan.figures.map((f, i) => {
      const t = en.figures[i];
      return t ? { ...f, indicatorName: t.indicatorName, figure: t.figure } : f;
    }),
  };
}
