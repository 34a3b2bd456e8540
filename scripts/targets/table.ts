/**
 * Indicator tables: `序号 | 指标(单位) | 2020年 | 2025年 | 属性`, one row a target with its
 * baseline, as in Guangzhou's 主要指标表. Pure.
 */
import type { Clause } from '../../src/schemas/clause.ts';
import { Attribute, type Indicator } from '../../src/schemas/target.ts';
import { findTerms } from './lexicon.ts';
import type { Draft, SourceDocument } from './source.ts';

const YEAR_HEADER = /^(\d{4})年$/;
// The unit closes the indicator cell in parentheses, ASCII or full-width: `国际及港澳台学生数量(万人)`.
const UNIT_SUFFIX = /[(（]([^()（）]+)[)）]$/;

/** True for a table whose header is 序号, 指标, a baseline year, a target year, 属性. */
export function isIndicatorTable(c: Clause): boolean {
  const h = c.cells ?? [];
  return c.kind === 'table' && h.length === 5 && h[0] === '序号' && h[1] === '指标' && YEAR_HEADER.test(h[2]!) && YEAR_HEADER.test(h[3]!) && h[4] === '属性';
}

/** Records from every indicator table of a document; rows that name no known indicator are returned as problems. */
export function readIndicatorTables(doc: SourceDocument, indicators: readonly Indicator[]): { drafts: Draft[]; problems: string[] } {
  const drafts: Draft[] = [];
  const problems: string[] = [];
  for (const table of doc.clauses.filter(isIndicatorTable)) {
    const [, , baseHeader, targetHeader] = table.cells!;
    const baselineYear = Number(YEAR_HEADER.exec(baseHeader!)![1]);
    const year = Number(YEAR_HEADER.exec(targetHeader!)![1]);
    for (const row of doc.clauses.filter((c) => c.parent === table.id && c.kind === 'row')) {
      const where = `${doc.id}#${row.id}`;
      const [, name = '', base = '', target = '', attr = ''] = row.cells ?? [];
      const unit = UNIT_SUFFIX.exec(name)?.[1];
      const label = unit ? name.slice(0, name.length - unit.length - 2) : name;
      const hit = findTerms(label, { start: 0, end: label.length }, indicators).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      const value = Number(target);
      const baseline = Number(base);
      const attribute = Attribute.safeParse(attr);
      if (!unit) problems.push(`${where}: no unit in parentheses in "${name}"`);
      else if (!hit) problems.push(`${where}: "${label}" names no indicator in content/indicators.json`);
      else if (!hit.indicator.units.includes(unit)) problems.push(`${where}: unit ${unit} is not one of ${hit.indicator.id}'s units`);
      else if (!Number.isFinite(value) || !Number.isFinite(baseline) || target === '' || base === '') problems.push(`${where}: baseline "${base}" or target "${target}" is not a number`);
      else {
        drafts.push({
          indicator: hit.indicator.id,
          indicatorName: hit.indicator.name,
          scope: hit.scope,
          kind: 'target',
          comparison: 'exact',
          value,
          min: value,
          max: value,
          unit,
          measure: 'level',
          year,
          yearBasis: 'table',
          baseline,
          baselineYear,
          attribute: attribute.success ? attribute.data : null,
          document: doc.id,
          region: doc.meta.region,
          clause: row.id,
          // The whole row: every cell of it is part of the target.
          quote: row.text,
          source: 'table',
          at: 0,
          end: 0,
        });
      }
    }
  }
  return { drafts, problems };
}
