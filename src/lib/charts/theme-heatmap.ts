/**
 * Chart 3: how many clauses of each document touch each theme (content/theme-index.json), as a
 * theme × document matrix. Each cell links to the theme page's section for that document.
 * Pure: data in, geometry out.
 */
import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { textWidth } from './svg.ts';

export interface HeatmapTheme {
  id: string;
  name: string;
  /** Group heading shown above the first theme of each group (教育对外开放, 教育现代化). */
  group?: string;
}

export interface HeatmapDocument {
  id: string;
  /** Column heading, one string a line: [`渝中区`, `2019—2021`]. */
  label: string[];
  title: string;
}

export interface HeatmapCell {
  theme: string;
  document: string;
  count: number;
  x: number;
  y: number;
  fill: string;
  /** Dark text on light cells, light on dark, for contrast. */
  ink: string;
  href: string;
  tip: string;
}

export interface HeatmapGeometry {
  width: number;
  height: number;
  cell: { width: number; height: number };
  columns: { id: string; x: number; label: string[] }[];
  rows: { id: string; y: number; name: string }[];
  groups: { name: string; y: number }[];
  cells: HeatmapCell[];
  max: number;
}

const HEADER = 44;
const CELL_W = 92;
const CELL_H = 26;
const GROUP_H = 24;

/** theme → document → clause ids, as getThemeIndex() gives it. */
export type ThemeCounts = ReadonlyMap<string, Readonly<Record<string, readonly string[]>>>;

export function layoutThemeHeatmap(themes: readonly HeatmapTheme[], docs: readonly HeatmapDocument[], index: ThemeCounts, href: (theme: string, doc: string) => string): HeatmapGeometry {
  const count = (t: string, d: string) => index.get(t)?.[d]?.length ?? 0;
  const max = Math.max(1, ...themes.flatMap((t) => docs.map((d) => count(t.id, d.id))));
  // Start the ramp above white so a count of 1 is still visibly coloured; 0 stays paper-grey.
  const colour = scaleSequential((t: number) => interpolateBlues(0.15 + 0.8 * t)).domain([0, max]);
  const labelWidth = Math.ceil(Math.max(96, ...themes.map((t) => textWidth(t.name)))) + 12;
  // Row tops, with a band above each new group.
  const groups: { name: string; y: number }[] = [];
  const tops: number[] = [];
  let y = HEADER;
  themes.forEach((t, i) => {
    if (t.group && t.group !== themes[i - 1]?.group) {
      groups.push({ name: t.group, y: y + GROUP_H - 7 });
      y += GROUP_H;
    }
    tops.push(y);
    y += CELL_H;
  });
  const cells = themes.flatMap((t, row) =>
    docs.map((d, col): HeatmapCell => {
      const n = count(t.id, d.id);
      return {
        theme: t.id,
        document: d.id,
        count: n,
        x: labelWidth + col * CELL_W,
        y: tops[row]!,
        fill: n === 0 ? '#f3f0ea' : colour(n),
        ink: n > max * 0.55 ? '#ffffff' : '#1d1d1f',
        href: href(t.id, d.id),
        tip: `${t.name} × ${d.title}：${n} 条`,
      };
    }),
  );
  return {
    width: labelWidth + docs.length * CELL_W,
    height: y + 4,
    cell: { width: CELL_W, height: CELL_H },
    columns: docs.map((d, col) => ({ id: d.id, x: labelWidth + col * CELL_W + CELL_W / 2, label: d.label })),
    rows: themes.map((t, row) => ({ id: t.id, y: tops[row]! + CELL_H / 2, name: t.name })),
    cells,
    groups,
    max,
  };
}
