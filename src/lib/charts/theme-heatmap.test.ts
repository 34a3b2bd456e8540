import { describe, expect, it } from 'vitest';
import { layoutThemeHeatmap } from './theme-heatmap.ts';
import { renderThemeHeatmap } from './theme-heatmap-svg.ts';

const themes = [
  { id: 'sister', name: '友好学校', group: '教育对外开放' },
  { id: 'luban', name: '鲁班工坊', group: '教育对外开放' },
];
const docs = [
  { id: 'yz', label: ['渝中区', '2019—2021'], title: '渝中方案' },
  { id: 'gz', label: ['广州市', '2021—2025'], title: '广州规划' },
];
const index = new Map<string, Record<string, string[]>>([
  ['sister', { yz: ['p2-q1', 'p3-s1'], gz: ['p4-s4-i14'] }],
  ['luban', { gz: ['p4-s2-i9', 'annex-t1-r2', 'p1-s2-q1', 'p4'] }],
]);
const href = (t: string, d: string) => `/themes/${t}/#doc-${d}`;

describe('theme × document heatmap', () => {
  const g = layoutThemeHeatmap(themes, docs, index, href);

  it('has one cell per theme and document, counting clauses, linking to the theme page section', () => {
    expect(g.cells.map((c) => [c.theme, c.document, c.count, c.href])).toEqual([
      ['sister', 'yz', 2, '/themes/sister/#doc-yz'],
      ['sister', 'gz', 1, '/themes/sister/#doc-gz'],
      ['luban', 'yz', 0, '/themes/luban/#doc-yz'],
      ['luban', 'gz', 4, '/themes/luban/#doc-gz'],
    ]);
    expect(g.max).toBe(4);
    expect(g.groups.map((x) => x.name)).toEqual(['教育对外开放']);
    expect(g.cells[0]!.y).toBeGreaterThan(g.groups[0]!.y);
  });

  it('colours by count: zero is neutral, the maximum darkest with light text', () => {
    const [a, b, zero, top] = g.cells;
    expect(zero!.fill).toBe('#f3f0ea');
    expect(top!.ink).toBe('#ffffff');
    expect(a!.fill).not.toBe(b!.fill);
  });

  it('renders stable SVG markup with a link per cell', () => {
    const svg = renderThemeHeatmap(g, { id: 'hm', title: '主题与文件', desc: '2×2' });
    expect(svg.match(/<a href=/g)).toHaveLength(4);
    expect(svg).not.toContain('style=');
    expect(svg).toMatchSnapshot();
  });

  it('draws an empty matrix without failing', () => {
    expect(layoutThemeHeatmap([], docs, new Map(), href).cells).toEqual([]);
  });
});

describe('theme × document heatmap edges', () => {
  it('counts 0 for a theme no document touches, and starts the cells after the longest theme name', () => {
    const long = { id: 'new', name: '中外合作办学机构与项目管理' };
    const g = layoutThemeHeatmap([...themes, long], docs, index, href);
    expect(g.cells.filter((c) => c.theme === 'new').map((c) => c.count)).toEqual([0, 0]);
    expect(Math.min(...g.cells.map((c) => c.x))).toBeGreaterThanOrEqual([...long.name].length * 12);
  });
});
