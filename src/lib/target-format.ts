/** How a target's figure reads, in tables, tooltips and labels. Pure. */
import type { TargetRecord } from '../schemas/target.ts';

type Figure = Pick<TargetRecord, 'comparison' | 'value' | 'min' | 'max' | 'unit'>;

/** `不少于50所`, `2—3个`, `约2所`, `92.38%`: the figure as a reader would say it. */
export function formatFigure(f: Figure): string {
  switch (f.comparison) {
    case 'range':
      return `${f.min}—${f.max}${f.unit}`;
    case 'at-least':
      return `不少于${f.value}${f.unit}`;
    case 'at-most':
      return `不超过${f.value}${f.unit}`;
    case 'about':
      return `约${f.value}${f.unit}`;
    default:
      return `${f.value}${f.unit}`;
  }
}

/** `≥50%`, `2—3个`: the same, short enough to label a mark. */
export function formatFigureShort(f: Figure): string {
  const sign = { 'at-least': '≥', 'at-most': '≤', about: '≈', exact: '', range: '' }[f.comparison];
  return f.comparison === 'range' ? `${f.min}—${f.max}${f.unit}` : `${sign}${f.value}${f.unit}`;
}

export const kindNames: Record<TargetRecord['kind'], string> = { target: '目标', outcome: '实际', baseline: '基数' };
export const measureNames: Record<TargetRecord['measure'], string> = { level: '达到', increase: '新增', annual: '每年', standing: '常设标准' };
export const yearBasisNames: Record<TargetRecord['yearBasis'], string> = {
  stated: '原句写明',
  context: '同节前文',
  period: '规划末年',
  table: '指标表',
  reported: '报道年份',
  'before-period': '规划起始前一年',
  'in-force': '规划起始年起施行',
};

/** The middle of the figure's bounds: where a mark sits on a scale. */
export function centreOf(f: Figure): number {
  if (f.comparison === 'range') return (f.min! + f.max!) / 2;
  return f.value!;
}
