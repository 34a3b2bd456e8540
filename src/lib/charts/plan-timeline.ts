/**
 * Chart 4: each document's period as a bar and its milestone years (到2021年, 到2027年 …) as
 * diamonds, on one calendar from the first year any document names to the last. A report has no
 * period; it is a dot at its publication year. A plan that states no period is a ring at its
 * issue year, and one with no year at all keeps its row and is listed in `unplaced`, so no
 * document drops off the chart unseen. Pure: data in, geometry out.
 */
import { scaleLinear } from 'd3-scale';
import type { Lang } from '../i18n/lang.ts';

export interface TimelineDocument {
  id: string;
  title: string;
  region: string;
  regionName: string;
  /** A plan reports targets ahead; a report (news feature) states what was achieved. */
  kind: 'plan' | 'report';
  /** The years the plan covers; null when the document states none. */
  period: { start: number; end: number } | null;
  milestones: readonly number[];
  /** Publication or issue year, for documents without a period. */
  year: number | null;
}

export interface TimelineRow {
  id: string;
  y: number;
  title: string;
  colour: string;
  bar?: { x1: number; x2: number; tip: string };
  /** A report at its publication year. */
  dot?: { x: number; tip: string };
  /** A plan without a stated period, at its issue year. */
  issued?: { x: number; tip: string };
  milestones: { x: number; year: number; tip: string }[];
}

export interface TimelineGeometry {
  width: number;
  height: number;
  axis: { left: number; right: number; top: number; bottom: number };
  ticks: { x: number; label: string; major: boolean }[];
  rows: TimelineRow[];
  /** Documents with no period, year or milestone to place them by: their rows carry no mark. */
  unplaced: string[];
}

const ROW = 46;
const TOP = 8;
const AXIS = 28;
const SIDE = 16;

/** The tooltips, by edition. */
const tips = {
  zh: {
    report: (d: TimelineDocument, y: number) => `${d.title}：${y}年发表（报道，无规划期）`,
    issued: (d: TimelineDocument, y: number) => `${d.title}：${y}年印发，未写明规划期`,
    period: (d: TimelineDocument, p: { start: number; end: number }) => `${d.title}：规划期 ${p.start}—${p.end}年`,
    milestone: (d: TimelineDocument, m: number) => `${d.title}：目标年 ${m}年`,
  },
  en: {
    report: (d: TimelineDocument, y: number) => `${d.title}: published ${y} (a report, no period)`,
    issued: (d: TimelineDocument, y: number) => `${d.title}: issued ${y}, no period stated`,
    period: (d: TimelineDocument, p: { start: number; end: number }) => `${d.title}: period ${p.start}–${p.end}`,
    milestone: (d: TimelineDocument, m: number) => `${d.title}: target year ${m}`,
  },
} as const;

/** What a document without a period is drawn as, and its tooltip; undefined when it has no year. */
function undatedMark(d: TimelineDocument, x: (year: number) => number, lang: Lang): Pick<TimelineRow, 'dot' | 'issued'> {
  if (d.period || d.year === null) return {};
  if (d.kind === 'report') return { dot: { x: x(d.year), tip: tips[lang].report(d, d.year) } };
  return { issued: { x: x(d.year), tip: tips[lang].issued(d, d.year) } };
}

export function layoutPlanTimeline(docs: readonly TimelineDocument[], colours: ReadonlyMap<string, string>, width = 640, lang: Lang = 'zh'): TimelineGeometry {
  const years = docs.flatMap((d) => [...(d.period ? [d.period.start, d.period.end] : []), ...d.milestones, ...(d.year !== null ? [d.year] : [])]);
  const first = years.length ? Math.min(...years) : 0;
  const last = years.length ? Math.max(...years) : 0;
  const x = scaleLinear().domain([first, last]).range([SIDE, width - SIDE]);
  const bottom = TOP + docs.length * ROW;
  const rows = docs.map((d, i): TimelineRow => {
    const y = TOP + i * ROW;
    const colour = colours.get(d.region) ?? '#5A5A60';
    return {
      id: d.id,
      y,
      title: `${d.regionName}${lang === 'en' ? ' | ' : '｜'}${d.title}`,
      colour,
      ...(d.period ? { bar: { x1: x(d.period.start), x2: x(d.period.end), tip: tips[lang].period(d, d.period) } } : {}),
      ...undatedMark(d, x, lang),
      milestones: d.milestones.map((m) => ({ x: x(m), year: m, tip: tips[lang].milestone(d, m) })),
    };
  });
  const ticks = [];
  if (years.length) for (let t = first; t <= last; t++) ticks.push({ x: x(t), label: String(t), major: (t - first) % 2 === 0 || t === last });
  const unplaced = docs.filter((d) => !d.period && d.year === null && !d.milestones.length).map((d) => d.id);
  return { width, height: bottom + AXIS, axis: { left: SIDE, right: width - SIDE, top: TOP, bottom }, ticks, rows, unplaced };
}
