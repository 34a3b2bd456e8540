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

/** The sign a short figure carries: one table for both editions. */
const SIGN: Record<Figure['comparison'], string> = { 'at-least': '≥', 'at-most': '≤', about: '≈', exact: '', range: '' };

/** `≥50%`, `2—3个`: the same, short enough to label a mark. */
export function formatFigureShort(f: Figure): string {
  const sign = SIGN[f.comparison];
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

/**
 * Measure words in English: most count things the indicator already names (`60 所` friendly
 * schools are 60), so they go; those that change what is counted stay (`88 pairs`, `2 hours`).
 * 万 scales the figure.
 */
const UNITS_EN: Readonly<Record<string, { unit: string; one?: string; scale?: number }>> = {
  '%': { unit: '%' },
  个: { unit: '' },
  所: { unit: '' },
  项: { unit: '' },
  家: { unit: '' },
  座: { unit: '' },
  门: { unit: ' courses', one: ' course' },
  节: { unit: ' lessons', one: ' lesson' },
  对: { unit: ' pairs', one: ' pair' },
  名: { unit: ' people', one: ' person' },
  人: { unit: ' people', one: ' person' },
  人次: { unit: ' person-times', one: ' person-time' },
  万人: { unit: ' people', one: ' person', scale: 10_000 },
  万平方米: { unit: ' m²', scale: 10_000 },
  小时: { unit: ' hours', one: ' hour' },
  倍: { unit: ' times', one: ' time' },
  次: { unit: ' times', one: ' time' },
  届: { unit: ' editions', one: ' edition' },
  期: { unit: ' rounds', one: ' round' },
  批: { unit: ' batches', one: ' batch' },
};

const scaled = (value: number, unit: string) => {
  const scale = UNITS_EN[unit]?.scale;
  return scale ? Math.round(value * scale * 100) / 100 : value;
};
const numberEn = (value: number, unit: string) => scaled(value, unit).toLocaleString('en-GB');

/** A figure in English, its unit rendered (`1 hour`, `2 hours`) or, where no English is known, kept as printed. */
function valueEn(value: number, unit: string): string {
  const u = UNITS_EN[unit];
  if (!u) return `${numberEn(value, unit)} ${unit}`;
  return `${numberEn(value, unit)}${scaled(value, unit) === 1 && u.one !== undefined ? u.one : u.unit}`;
}

/** `at least 50`, `2–3`, `about 2`, `88 pairs`, `92.38%`: {@link formatFigure} in English. */
export function formatFigureEn(f: Figure): string {
  switch (f.comparison) {
    case 'range':
      return `${numberEn(f.min!, f.unit)}–${valueEn(f.max!, f.unit)}`;
    case 'at-least':
      return `at least ${valueEn(f.value!, f.unit)}`;
    case 'at-most':
      return `at most ${valueEn(f.value!, f.unit)}`;
    case 'about':
      return `about ${valueEn(f.value!, f.unit)}`;
    default:
      return valueEn(f.value!, f.unit);
  }
}

/** `≥50%`, `88 pairs`, `2–3`: {@link formatFigureShort} in English. */
export function formatFigureShortEn(f: Figure): string {
  const sign = SIGN[f.comparison];
  return f.comparison === 'range' ? `${numberEn(f.min!, f.unit)}–${valueEn(f.max!, f.unit)}` : `${sign}${valueEn(f.value!, f.unit)}`;
}

export const kindNamesEn: Record<TargetRecord['kind'], string> = { target: 'target', outcome: 'outcome', baseline: 'baseline' };
export const measureNamesEn: Record<TargetRecord['measure'], string> = { level: 'reach', increase: 'add', annual: 'each year', standing: 'standing standard' };
export const yearBasisNamesEn: Record<TargetRecord['yearBasis'], string> = {
  stated: 'stated in the sentence',
  context: 'earlier in the section',
  period: 'last year of the plan',
  table: 'indicator table',
  reported: 'year of the report',
  'before-period': 'year before the plan starts',
  'in-force': 'in force from the plan’s first year',
};
