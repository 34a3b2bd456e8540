/**
 * The checks of figures that documents state against each other (content/targets.json, `checks`
 * on each record), gathered once each for a page: disagreements first, since a reader must see
 * those, then agreements. Pure.
 */
import type { FigureCheck, TargetRecord } from '../schemas/target.ts';

/** Every check once, disagreements first, each group in document order. */
export function collectChecks(records: readonly TargetRecord[]): FigureCheck[] {
  const seen = new Map<string, FigureCheck>();
  for (const r of records) for (const c of r.checks) if (!seen.has(c.id)) seen.set(c.id, c);
  const all = [...seen.values()];
  return [...all.filter((c) => !c.agrees), ...all.filter((c) => c.agrees)];
}

/**
 * The checks to show beside one figure of a record: its own figure's, or, for the baseline an
 * indicator-table row carries, the baseline's (the row's 377 is summed; its 430 is not).
 */
export function checksOfFigure(record: TargetRecord, fromTable: boolean): FigureCheck[] {
  return record.checks.filter((c) => c.baselines.includes(record.id) === fromTable);
}

/** The fragment a check is shown at: `check-sum-guangzhou-opening-2021-2025-p1-s4-q1-sister-schools`. */
export function checkAnchor(c: Pick<FigureCheck, 'id'>): string {
  return `check-${c.id.replace(/[^a-z0-9-]+/g, '-')}`;
}

export const checkKindNames: Record<FigureCheck['kind'], string> = { sum: '分项合计', difference: '增量', repeat: '同一数字两处' };

const checkKindNamesEn: Record<FigureCheck['kind'], string> = { sum: 'parts and total', difference: 'increase', repeat: 'one figure, two places' };

/** `✗ 增量不一致`, `✓ 分项合计一致` (`✓ parts and total agree`): how a row marks a check it is part of. */
export function checkLabel(c: Pick<FigureCheck, 'kind' | 'agrees'>, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'en') return `${c.agrees ? '✓' : '✗'} ${checkKindNamesEn[c.kind]}: ${c.agrees ? 'agree' : 'disagree'}`;
  return `${c.agrees ? '✓' : '✗'} ${checkKindNames[c.kind]}${c.agrees ? '一致' : '不一致'}`;
}
