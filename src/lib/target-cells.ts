/** A target record's table cells in either edition: the same facts, the English where it exists. Pure. */
import type { Lang } from './i18n/lang.ts';
import { regionById } from './regions.ts';
import { indicators } from './targets.ts';
import { UNASSIGNED, type TargetRecord } from '../schemas/target.ts';
import { formatFigure, formatFigureEn, kindNames, kindNamesEn, measureNames, measureNamesEn, yearBasisNames, yearBasisNamesEn } from './target-format.ts';

const indicatorEn = new Map(indicators.map((i) => [i.id, i.nameEn]));
/** The two attributes an indicator table gives a row (约束性 binding, 预期性 anticipated). */
const attributeEn: Readonly<Record<string, string>> = { 约束性: 'binding', 预期性: 'anticipated' };

export interface TargetCells {
  indicator: string;
  kind: string;
  figure: string;
  measure: string;
  yearBasis: string;
  region: string;
  /** The attribute as the edition says it; undefined when the record has none. */
  attribute: string | undefined;
}

export function targetCells(r: TargetRecord, lang: Lang): TargetCells {
  if (lang === 'zh') {
    return { indicator: r.indicatorName, kind: kindNames[r.kind], figure: formatFigure(r), measure: measureNames[r.measure], yearBasis: yearBasisNames[r.yearBasis], region: regionById(r.region).name, attribute: r.attribute ?? undefined };
  }
  return {
    indicator: r.indicator === UNASSIGNED ? 'Not assigned to an indicator' : (indicatorEn.get(r.indicator) ?? r.indicatorName),
    kind: kindNamesEn[r.kind],
    figure: formatFigureEn(r),
    measure: measureNamesEn[r.measure],
    yearBasis: yearBasisNamesEn[r.yearBasis],
    region: regionById(r.region).nameEn,
    attribute: r.attribute === null ? undefined : (attributeEn[r.attribute] ?? r.attribute),
  };
}
