/**
 * The text summary beside each chart: what the picture shows, in sentences, for readers who do
 * not see it and for everyone who wants the gist first. Pure.
 */
import type { TargetRecord } from '../../schemas/target.ts';
import { formatFigure, formatFigureEn, kindNames, kindNamesEn } from '../target-format.ts';
import type { ComparisonPanel } from './target-comparison.ts';
import type { HeatmapGeometry } from './theme-heatmap.ts';
import type { TimelineDocument } from './plan-timeline.ts';
import { rowName } from './baseline-target.ts';
import type { Lang } from '../i18n/lang.ts';
import { countEn } from '../i18n/format-en.ts';

export function summariseComparison(panels: readonly ComparisonPanel[], lang: Lang = 'zh'): string {
  if (lang === 'en') {
    if (!panels.length) return 'No indicator appears in two or more documents.';
    const lines = panels.map((p) => ` ${p.name}: ${p.points.map(({ record: r, regionName }) => `${regionName} ${r.year} ${kindNamesEn[r.kind]} ${formatFigureEn(r)}${r.scope ? ` (${r.scope})` : ''}`).join(', ')}.`);
    return `${panels.length} ${panels.length === 1 ? 'indicator appears' : 'indicators appear'} in two or more documents.${lines.join('')}`;
  }
  if (!panels.length) return '没有在两份以上文件中出现的指标。';
  const lines = panels.map(
    (p) => `${p.name}：${p.points.map(({ record: r, regionName }) => `${regionName}${r.year}年${kindNames[r.kind]}${formatFigure(r)}${r.scope ? `（${r.scope}）` : ''}`).join('，')}。`,
  );
  return `${panels.length} 个指标出现在两份以上文件中。${lines.join('')}`;
}

/** The binding rows, and the row that grows most from its baseline. */
function baselineFacts(rows: readonly TargetRecord[]) {
  const binding = rows.filter((r) => r.attribute === '约束性');
  const growth = rows
    .filter((r) => r.baseline! > 0)
    .map((r) => ({ r, g: (r.value! - r.baseline!) / r.baseline! }))
    .sort((a, b) => b.g - a.g)[0];
  return { binding, growth };
}

export function summariseBaselineTarget(rows: readonly TargetRecord[], nameEn?: (r: TargetRecord) => string | undefined): string {
  if (nameEn) return summariseBaselineTargetEn(rows, nameEn);
  if (!rows.length) return '没有带基数的指标。';
  const { binding, growth } = baselineFacts(rows);
  const name = (r: TargetRecord) => rowName(r.quote, r.unit);
  const parts = [
    `${rows.length} 项指标，${rows[0]!.baselineYear}年基数与${rows[0]!.year}年目标。`,
    binding.length ? `约束性指标 ${binding.length} 项：${binding.map((r) => `${name(r)} ${r.baseline}→${r.value}${r.unit}`).join('，')}。` : '',
    growth ? `相对增幅最大的是${name(growth.r)}（${growth.r.baseline}→${growth.r.value}${growth.r.unit}，+${Math.round(growth.g * 100)}%）。` : '',
  ];
  return parts.join('');
}

export function summariseHeatmap(g: HeatmapGeometry, themeName: (id: string) => string, docTitle: (id: string) => string, lang: Lang = 'zh'): string {
  if (!g.cells.length) return lang === 'en' ? 'No theme data yet.' : '主题表尚无数据。';
  const top = [...g.cells].sort((a, b) => b.count - a.count)[0]!;
  const empty = g.cells.filter((c) => c.count === 0).length;
  if (lang === 'en') return `${countEn(g.rows.length, 'theme')} × ${countEn(g.columns.length, 'document')}. The cell with most clauses is “${themeName(top.theme)}” in ${docTitle(top.document)} (${top.count}); ${empty} cells are 0.`;
  return `${g.rows.length} 个主题 × ${g.columns.length} 份文件。条款最多的一格是“${themeName(top.theme)}”在${docTitle(top.document)}（${top.count} 条）；${empty} 格为 0。`;
}

export function summariseTimeline(docs: readonly TimelineDocument[], lang: Lang = 'zh'): string {
  if (lang === 'en') return summariseTimelineEn(docs);
  const plans = docs.filter((d) => d.period);
  const years = [...new Set(docs.flatMap((d) => d.milestones))].sort();
  const spans = plans.map((d) => `${d.regionName}${d.period!.start}—${d.period!.end}年`).join('，');
  const reports = docs.filter((d) => d.kind === 'report' && !d.period && d.year !== null).map((d) => `${d.regionName}报道（${d.year}年）`);
  const open = docs.filter((d) => d.kind === 'plan' && !d.period).map((d) => `${d.regionName}${d.title}（${d.year !== null ? `${d.year}年印发` : '年份不详'}）`);
  return [
    `${plans.length} 份规划：${spans}。`,
    years.length ? `目标年份：${years.map((y) => `${y}年`).join('、')}。` : '',
    open.length ? `未写明规划期：${open.join('、')}。` : '',
    reports.length ? `另有${reports.join('、')}，报告已达成的情况。` : '',
  ].join('');
}

function summariseTimelineEn(docs: readonly TimelineDocument[]): string {
  const plans = docs.filter((d) => d.period);
  const years = [...new Set(docs.flatMap((d) => d.milestones))].sort();
  const spans = plans.map((d) => `${d.regionName} ${d.period!.start}–${d.period!.end}`).join(', ');
  const reports = docs.filter((d) => d.kind === 'report' && !d.period && d.year !== null).map((d) => `${d.regionName} (${d.year})`);
  const open = docs.filter((d) => d.kind === 'plan' && !d.period).map((d) => `${d.regionName}: ${d.title} (${d.year !== null ? `issued ${d.year}` : 'year unknown'})`);
  return [
    `${countEn(plans.length, 'plan')}: ${spans}.`,
    years.length ? ` Target years: ${years.join(', ')}.` : '',
    open.length ? ` No period stated: ${open.join('; ')}.` : '',
    reports.length ? ` Reports of what was achieved: ${reports.join(', ')}.` : '',
  ].join('');
}

function summariseBaselineTargetEn(rows: readonly TargetRecord[], nameEn: (r: TargetRecord) => string | undefined): string {
  if (!rows.length) return 'No indicator with a baseline.';
  const { binding, growth } = baselineFacts(rows);
  const name = (r: TargetRecord) => nameEn(r) ?? rowName(r.quote, r.unit);
  const unit = (r: TargetRecord) => (r.unit === '%' ? '%' : '');
  return [
    `${rows.length} indicators, ${rows[0]!.baselineYear} baseline and ${rows[0]!.year} target.`,
    binding.length ? ` ${binding.length} binding: ${binding.map((r) => `${name(r)} ${r.baseline}→${r.value}${unit(r)}`).join('; ')}.` : '',
    growth ? ` The largest relative increase: ${name(growth.r)} (${growth.r.baseline}→${growth.r.value}${unit(growth.r)}, +${Math.round(growth.g * 100)}%).` : '',
  ].join('');
}
