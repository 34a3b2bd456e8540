/**
 * The charts' inputs, read from the collections at build time. Each chart component calls one of
 * these and hands the result to its pure layout function (src/lib/charts/).
 */
import { formatPeriod } from './format.ts';
import type { Lang } from './i18n/lang.ts';
import { getShortTitlesEn } from './translations/site.ts';
import { getPlans, type PlanEntry } from './plans.ts';
import { regionById, regions } from './regions.ts';
import { getThemeIndex, getThemes, regionColumns, themeUrl } from './themes.ts';
import { documentInfos, getTargets, indicators } from './targets.ts';
import { linkIndicators } from './indicator-links.ts';
import { regionColours } from './charts/palette.ts';
import { selectComparisonPanels, type ComparisonPanel } from './charts/target-comparison.ts';
import type { TimelineDocument } from './charts/plan-timeline.ts';
import type { HeatmapDocument, HeatmapTheme, ThemeCounts } from './charts/theme-heatmap.ts';
import { themeColumns } from './theme-columns.ts';
import type { LegendRegion } from './charts/target-comparison-svg.ts';
import { countEn } from './i18n/format-en.ts';

/** Regions that have documents, parents first, each with its colour. */
export async function getRegionLegend(plans?: readonly PlanEntry[], lang: Lang = 'zh'): Promise<{ colours: Map<string, string>; legend: LegendRegion[] }> {
  const cols = regionColumns(regions, plans ?? (await getPlans()));
  const colours = regionColours(cols.map((r) => r.id));
  return { colours, legend: cols.map((r) => ({ name: lang === 'en' ? r.nameEn : r.name, colour: colours.get(r.id)! })) };
}

/** Panels of the target comparison chart; `only` narrows them to some indicators (a theme page). Named in the edition's language. */
export async function getComparisonPanels(options: { only?: readonly string[]; minDocuments?: number; lang?: Lang } = {}): Promise<ComparisonPanel[]> {
  const [plans, records] = await Promise.all([getPlans(), getTargets()]);
  const chosen = options.only ? indicators.filter((i) => options.only!.includes(i.id)) : indicators;
  const links = linkIndicators(records, chosen, documentInfos(plans));
  const panels = selectComparisonPanels(links, (id) => regionById(id).name, options.minDocuments ?? 2);
  if (options.lang !== 'en') return panels;
  const titles = await getShortTitlesEn(plans);
  const nameEn = new Map(indicators.map((i) => [i.id, i.nameEn]));
  return panels.map((p) => ({
    ...p,
    name: nameEn.get(p.indicator) ?? p.name,
    points: p.points.map((pt) => ({ ...pt, regionName: regionById(pt.record.region).nameEn, documentTitle: titles.get(pt.record.document) ?? pt.documentTitle })),
  }));
}

/**
 * Column heading of a document in narrow charts: region, then its period, else the year it was
 * issued or published (`渝中区 2024年报道`, `Yuzhong 2024 report`).
 */
export function documentLabel(p: PlanEntry, lang: Lang = 'zh'): string[] {
  const region = regionById(p.data.region);
  const name = lang === 'en' ? region.nameEn : region.name;
  const period = p.data.period && p.data.period !== 'unknown' ? formatPeriod(p.data.period, lang) : null;
  if (period) return [name, period];
  // A report is dated by its publication, a plan by its issue.
  const report = p.data.type === 'news-report';
  const dates = report ? [p.data.published, p.data.issued] : [p.data.issued, p.data.published];
  const d = dates.find((x) => x !== 'unknown');
  const year = d ? d.date.slice(0, 4) : '';
  if (lang === 'en') return [name, `${year ? `${year} ` : ''}${report ? 'report' : 'issued'}`];
  return [name, `${year ? `${year}年` : ''}${report ? '报道' : '印发'}`];
}

const timelines = new Map<Lang, Promise<readonly TimelineDocument[]>>();

/** Every document on the timeline, named in `lang`; worked out once a build for each language (every region page asks). */
export async function getTimelineDocuments(lang: Lang = 'zh'): Promise<TimelineDocument[]> {
  let docs = timelines.get(lang);
  if (!docs) timelines.set(lang, (docs = timelineDocuments(lang)));
  return [...(await docs)];
}

async function timelineDocuments(lang: Lang): Promise<readonly TimelineDocument[]> {
  const plans = await getPlans();
  const titlesEn = lang === 'en' ? await getShortTitlesEn(plans) : undefined;
  return plans.map((p): TimelineDocument => {
    const d = p.data.issued !== 'unknown' ? p.data.issued : p.data.published;
    return {
      id: p.id,
      title: titlesEn?.get(p.id) ?? p.data.shortTitle,
      region: p.data.region,
      regionName: lang === 'en' ? regionById(p.data.region).nameEn : regionById(p.data.region).name,
      kind: p.data.type === 'news-report' ? 'report' : 'plan',
      period: p.data.period && p.data.period !== 'unknown' ? p.data.period : null,
      milestones: p.data.milestones,
      year: d !== 'unknown' ? Number(d.date.slice(0, 4)) : null,
    };
  });
}

const groupNames = {
  zh: { opening: '教育对外开放', modernisation: '教育现代化' },
  en: { opening: 'Opening education to the world', modernisation: 'Education modernisation' },
} as const;

/**
 * The theme × document heatmap: a column a plan while they fit (theme-columns.ts), else a column a
 * level, its cells the clauses of all that level's plans (`byLevel`).
 */
export async function getHeatmapInput(lang: Lang = 'zh'): Promise<{ themes: HeatmapTheme[]; docs: HeatmapDocument[]; index: ThemeCounts; href: (t: string, d: string) => string; byLevel: boolean }> {
  const [plans, themes, index] = await Promise.all([getPlans(), getThemes(), getThemeIndex()]);
  const en = lang === 'en';
  const titles = en ? await getShortTitlesEn(plans) : new Map(plans.map((p) => [p.id, p.data.shortTitle]));
  const heatmapThemes = themes.map((t) => ({ id: t.id, name: en ? t.nameEn : t.name, group: groupNames[lang][t.group] }));
  const columns = themeColumns(plans.map((p) => ({ id: p.id, level: p.data.level, title: p.data.shortTitle })));
  const byLevel = columns.some((c) => c.plan === undefined);
  if (!byLevel) {
    return {
      themes: heatmapThemes,
      docs: plans.map((p) => ({ id: p.id, label: documentLabel(p, lang), title: titles.get(p.id)! })),
      index,
      href: themeUrl,
      byLevel,
    };
  }
  const merged: ThemeCounts = new Map([...index].map(([theme, byDoc]) => [theme, Object.fromEntries(columns.map((c) => [c.id, c.plans.flatMap((p) => byDoc[p] ?? [])]))]));
  return {
    themes: heatmapThemes,
    docs: columns.map((c) => ({ id: c.id, label: [en ? c.nameEn : c.name, en ? countEn(c.plans.length, 'document') : `${c.plans.length} 份`], title: en ? c.nameEn : c.name })),
    index: merged,
    href: (t) => themeUrl(t),
    byLevel,
  };
}
