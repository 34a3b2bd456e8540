/**
 * One indicator over time, across plans, levels and reports: its baselines, targets and outcomes
 * in year order, and, where a region set a target and later reported an outcome of it, the two
 * side by side (Yuzhong's 60 friendly schools by 2021 → the 2024 report's 126). Any page can show
 * an indicator this way; /targets/ does for every indicator that has both. Pure.
 */
import { UNASSIGNED, type TargetKind, type TargetRecord } from '../schemas/target.ts';
import { formatFigure, formatFigureEn } from './target-format.ts';
import { countEn } from './i18n/format-en.ts';

type Figure = Pick<TargetRecord, 'comparison' | 'value' | 'min' | 'max' | 'unit'>;

export interface TimelineEntry {
  /** The record the entry comes from (for a table row's baseline, the row). */
  record: TargetRecord;
  kind: TargetKind;
  year: number;
  /** The entry's own figure: a table row's baseline reads as a figure of its own. */
  figure: Figure;
  /** True for the baseline that an indicator-table row carries beside its target. */
  fromTable: boolean;
}

/** Within a year: where things stood, what was reported, what was set. */
const kindOrder: Record<TargetKind, number> = { baseline: 0, outcome: 1, target: 2 };

/** Every figure of the indicator in year order (then baseline, outcome, target; then document order). */
export function indicatorTimeline(records: readonly TargetRecord[], indicator: string): TimelineEntry[] {
  if (indicator === UNASSIGNED) return [];
  const entries = records
    .filter((r) => r.indicator === indicator)
    .flatMap((r): TimelineEntry[] => {
      const own: TimelineEntry = { record: r, kind: r.kind, year: r.year, figure: r, fromTable: false };
      if (r.baseline === null || r.baselineYear === null) return [own];
      const base: Figure = { comparison: 'exact', value: r.baseline, min: r.baseline, max: r.baseline, unit: r.unit };
      return [{ record: r, kind: 'baseline', year: r.baselineYear, figure: base, fromTable: true }, own];
    });
  return entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.year - b.e.year || kindOrder[a.e.kind] - kindOrder[b.e.kind] || a.i - b.i).map(({ e }) => e);
}

/** Whether a reported outcome reached a target: `reached`, `not-reached`, or `not-comparable` (units or measures differ). */
export type Verdict = 'reached' | 'not-reached' | 'not-comparable';

export interface TargetOutcome {
  target: TargetRecord;
  outcome: TargetRecord;
  verdict: Verdict;
  /** For readers: the two figures, the verdict, and what limits it (scope, timing). */
  note: string;
  /** The same in English (scopes, quoted from the text, stay Chinese). */
  noteEn: string;
}

/** The least an outcome states (126, or 120 for 120余个). */
const low = (f: Figure) => f.min ?? f.value!;

function verdictOf(target: TargetRecord, outcome: TargetRecord): { verdict: Verdict; why?: string; whyEn?: string } {
  if (target.measure !== 'level' || outcome.measure !== 'level') return { verdict: 'not-comparable', why: '一方是新增或每年的数，不是总量', whyEn: 'one is an increase or a yearly figure, not a total' };
  if (target.unit !== outcome.unit) return { verdict: 'not-comparable', why: `单位不同（${target.unit}、${outcome.unit}）`, whyEn: `the units differ (${target.unit}, ${outcome.unit})` };
  const reached = target.comparison === 'at-most' ? low(outcome) <= target.max! : low(outcome) >= (target.min ?? target.value!);
  return { verdict: reached ? 'reached' : 'not-reached' };
}

/**
 * Targets of the indicator met by outcomes of the same region, target by target in year order. A
 * report on a district does not judge its city's target, so regions must match.
 */
export function targetsMeetOutcomes(records: readonly TargetRecord[], indicator: string): TargetOutcome[] {
  const timeline = indicatorTimeline(records, indicator).filter((e) => !e.fromTable);
  const targets = timeline.filter((e) => e.kind === 'target').map((e) => e.record);
  const outcomes = timeline.filter((e) => e.kind === 'outcome').map((e) => e.record);
  return targets.flatMap((target) =>
    outcomes
      .filter((o) => o.region === target.region)
      .map((outcome) => {
        const { verdict, why, whyEn } = verdictOf(target, outcome);
        const said = { reached: '达到目标', 'not-reached': '未达到目标', 'not-comparable': `不能直接比较：${why}` }[verdict];
        const scope = target.scope !== outcome.scope ? `口径不同（目标${target.scope ?? '未限定'}，实际${outcome.scope ?? '未限定'}）。` : '';
        const timing =
          outcome.year > target.year
            ? `报道晚于目标年${outcome.year - target.year}年，不说明${target.year}年当时是否达到。`
            : outcome.year < target.year
              ? `报道早于目标年，是期中进展。`
              : '';
        const saidEn = { reached: 'target reached', 'not-reached': 'target not reached', 'not-comparable': `not directly comparable: ${whyEn}` }[verdict];
        const scopeEn = target.scope !== outcome.scope ? ` Different scope (target: ${target.scope ?? 'unqualified'}; outcome: ${outcome.scope ?? 'unqualified'}).` : '';
        const gap = outcome.year - target.year;
        const timingEn = gap > 0 ? ` Reported ${countEn(gap, 'year')} after the target year: it does not say whether the target was met in ${target.year}.` : gap < 0 ? ' Reported before the target year: progress midway.' : '';
        return {
          target,
          outcome,
          verdict,
          note: `${target.year}年目标${formatFigure(target)}，${outcome.year}年实际${formatFigure(outcome)}：${said}。${scope}${timing}`,
          noteEn: `${target.year} target ${formatFigureEn(target)}, ${outcome.year} outcome ${formatFigureEn(outcome)}: ${saidEn}.${scopeEn}${timingEn}`,
        };
      }),
  );
}

/** Indicators with at least one target and at least one outcome or baseline stated in the text, in link-table order. */
export function indicatorsWithTimelines(records: readonly TargetRecord[], order: readonly string[]): string[] {
  const kinds = new Map<string, Set<TargetKind>>();
  for (const r of records) if (r.indicator !== UNASSIGNED) kinds.set(r.indicator, (kinds.get(r.indicator) ?? new Set()).add(r.kind));
  return order.filter((id) => {
    const k = kinds.get(id);
    return k?.has('target') && (k.has('outcome') || k.has('baseline'));
  });
}
