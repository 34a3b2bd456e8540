/** The plans index as the pages render it, read from the collections at build time. */
import { documentLabel } from './chart-data.ts';
import { compareUrl } from './compare-links.ts';
import { formatDate, formatPeriod, sortKey, typeNames } from './format.ts';
import { groupByRegion, naturalComparisons, paginate, topThemes, type RegionGroup } from './plan-index.ts';
import { getClauseMap, getPlans, planUrl } from './plans.ts';
import { regions } from './regions.ts';
import { getThemeIndex, getThemes, themeUrl } from './themes.ts';
import { getShortTitlesEn } from './translations/site.ts';

/**
 * Plans per index page. Measured on the 500-plan benchmark corpus, a row with its comparison
 * links is about 1.4 KB of HTML, 0.1 KB gzip: 150 rows make a page of 20 KB gzip with the
 * site's CSS and JS, which leaves room under the 72 KB budget for titles that compress worse.
 */
export const PLANS_PER_PAGE = 150;
const THEMES_PER_PLAN = 3;

export interface PlanLink {
  href: string;
  text: string;
  textEn?: string | undefined;
}

export interface PlanRow {
  id: string;
  title: string;
  /** The title, period and date in the English edition. */
  en: { title: string; period: string; date: string };
  href: string;
  type: { zh: string; en: string };
  period: string;
  date: string;
  clauses: number;
  themes: (PlanLink & { clauses: number })[];
  /** Comparisons: the same region's previous and next, then the nearest plans above. */
  compare: (PlanLink & { rel: 'previous' | 'next' | 'above'; label: string; textEn: string })[];
}

export interface IndexPage {
  number: number;
  href: string;
  groups: RegionGroup<PlanRow>[];
  /** What the page covers, for the page list: its first and last regions. */
  label: string;
  labelEn: string;
}

/** `/plans/`, then `/plans/page/2/` …: the index's pages. */
export function indexPageUrl(n: number): string {
  return n === 1 ? '/plans/' : `/plans/page/${n}/`;
}

export interface PlanIndex {
  pages: IndexPage[];
  total: number;
}

let built: Promise<PlanIndex> | undefined;

/** The index's pages (at least one, if empty), and the number of plans in all. */
export function getPlanIndex(): Promise<PlanIndex> {
  built ??= buildPlanIndex();
  return built;
}

async function buildPlanIndex(): Promise<PlanIndex> {
  const [plans, clauses, index, themes] = await Promise.all([getPlans(), getClauseMap(), getThemeIndex(), getThemes()]);
  const titlesEn = await getShortTitlesEn(plans);
  if (plans.some((p) => p.id === 'page')) throw new Error('content/plans/page.mdx: "page" is the index\'s page path (/plans/page/2/); give the plan another id');
  const themeOf = new Map(themes.map((t) => [t.id, t]));
  const byId = new Map(plans.map((p) => [p.id, p]));
  const comparisons = naturalComparisons(plans.map((p) => ({ id: p.id, region: p.data.region, when: sortKey(p.data) })), regions);
  const link = (id: string) => ({ href: '', text: documentLabel(byId.get(id)!).join(' '), textEn: documentLabel(byId.get(id)!, 'en').join(' ') });
  const rows = plans.map((p): PlanRow & { region: string } => {
    const c = comparisons.get(p.id)!;
    const compare: PlanRow['compare'] = [];
    if (c.previous) compare.push({ rel: 'previous', label: '上一份', ...link(c.previous), href: compareUrl([c.previous, p.id]) });
    if (c.next) compare.push({ rel: 'next', label: '下一份', ...link(c.next), href: compareUrl([p.id, c.next]) });
    for (const a of c.above) compare.push({ rel: 'above', label: '上级', ...link(a), href: compareUrl([a, p.id]) });
    const d = p.data.issued !== 'unknown' ? p.data.issued : p.data.published;
    return {
      id: p.id,
      region: p.data.region,
      title: p.data.shortTitle,
      en: { title: titlesEn.get(p.id)!, period: formatPeriod(p.data.period, 'en'), date: formatDate(d, 'en') },
      href: planUrl(p.id),
      type: typeNames[p.data.type],
      period: formatPeriod(p.data.period),
      date: formatDate(d),
      clauses: clauses.get(p.id)?.length ?? 0,
      themes: topThemes(index, p.id, THEMES_PER_PLAN).map((t) => ({ href: themeUrl(t.theme, p.id), text: themeOf.get(t.theme)?.name ?? t.theme, textEn: themeOf.get(t.theme)?.nameEn, clauses: t.clauses })),
      compare,
    };
  });
  const pages = paginate(groupByRegion(rows, regions), PLANS_PER_PAGE).map((groups, i) => ({
    number: i + 1,
    href: indexPageUrl(i + 1),
    groups,
    label: [...new Set([groups[0]!, groups.at(-1)!].map((g) => g.path.map((r) => r.name).join(' › ')))].join(' … '),
    labelEn: [...new Set([groups[0]!, groups.at(-1)!].map((g) => g.path.map((r) => r.nameEn).join(' › ')))].join(' … '),
  }));
  return { pages: pages.length ? pages : [{ number: 1, href: indexPageUrl(1), groups: [], label: '', labelEn: '' }], total: plans.length };
}

/** A region's own plans as index rows, oldest first. */
export function planRowsOf(index: PlanIndex, region: string): PlanRow[] {
  return index.pages.flatMap((p) => p.groups.filter((g) => g.region.id === region).flatMap((g) => g.plans));
}
