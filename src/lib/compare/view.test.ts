import { describe, expect, it } from 'vitest';
import type { ComparePlan, ComparePlanEnglish } from '../../schemas/compare.ts';
import { withEnglish } from './english.ts';
import { renderComparison } from './render.ts';
import { compareView, occurrences } from './view.ts';

const ev = (words: [string, number][], themes: [string, number][] = []) => ({ themes, names: [], words, indicators: [] });
const plan = (id: string, clauses: ComparePlan['clauses'], figures: ComparePlan['figures'] = [], judged: ComparePlan['judged'] = []): ComparePlan => ({
  id,
  title: `文件${id}`,
  region: 'r',
  regionName: '某市',
  when: '2021—2025年',
  date: '2021',
  clauses,
  figures,
  judged,
  commitments: { strength: { binding: 1, directive: 2, encouraging: 0, aspirational: 0, none: 1 }, instrument: { supply: 1, environment: 2, demand: 0 }, hedged: 1 },
});
const a = plan(
  'a',
  [
    { id: 'q1', label: '一', text: '建设鲁班工坊，推进职业教育走出去。', themes: [['luban', [[2, 6]]]], evidence: ev([['鲁班工坊', 2], ['职业教育', 1]], [['luban', 2]]) },
    { id: 'q2', label: '二', text: '发展普惠性学前教育。', themes: [['preschool', [[5, 9]]]], evidence: ev([['学前教育', 2]], [['preschool', 1]]) },
  ],
  [{ indicator: 'sister', indicatorName: '友好学校', kind: 'target', figure: '60所', year: 2021, clause: 'q1', quote: '60所' }],
);
const b = plan(
  'b',
  [
    { id: 'p1', label: '（一）', text: '举办一批鲁班工坊等境外办学项目。', themes: [['luban', [[4, 8]]]], evidence: ev([['鲁班工坊', 2], ['境外办学', 1]], [['luban', 2]]) },
    { id: 'p2', label: '（二）', text: '加强高校科研<b>平台</b>建设。', themes: [['research', [[2, 6]]]], evidence: ev([['科研', 2]], [['research', 1]]) },
  ],
  [{ indicator: 'sister', indicatorName: '友好学校', kind: 'outcome', figure: '126所', year: 2024, clause: 'p1', quote: '126所' }],
);

describe('compareView', () => {
  const view = compareView([a, b]);
  it('puts the themes both plans cover first, and says which plans a theme is missing from', () => {
    expect(view.rows[0]!.theme).toBe('luban');
    expect(view.rows[0]!.absent).toEqual([]);
    const preschool = view.rows.find((r) => r.theme === 'preschool')!;
    expect(preschool.absent).toEqual(['b']);
    expect(view.counts).toMatchObject({ themes: 3, sharedThemes: 1, onlyIn: { a: 1, b: 1 } });
  });
  it('shows the aligned clause beside each clause, with the shared words marked in both', () => {
    const [colA, colB] = view.rows[0]!.columns;
    expect(colA!.cards[0]!.aligned.map((r) => `${r.plan}#${r.clause}`)).toEqual(['b#p1']);
    expect(colB!.cards[0]!.aligned.map((r) => `${r.plan}#${r.clause}`)).toEqual(['a#q1']);
    const marked = colB!.cards[0]!.marks.map(([s, e]) => colB!.cards[0]!.clause.text.slice(s, e));
    expect(marked).toContain('鲁班工坊');
    expect(view.counts.alignedPairs).toBe(1);
  });
  it('sets the same indicator’s figures side by side', () => {
    expect(view.figures).toHaveLength(1);
    expect(view.figures[0]!.byPlan.map((p) => p.figures.map((f) => f.figure))).toEqual([['60所'], ['126所']]);
  });
});

describe('editors’ judgements in a comparison', () => {
  it('show a pair an editor judged aligned, marked as the editor’s, and hide one judged not aligned', () => {
    const a2 = { ...a, judged: [['q2', 'b#p2', true], ['q1', 'b#p1', false]] as ComparePlan['judged'] };
    const view = compareView([a2, b]);
    const card = (plan: string, clause: string) => view.rows.flatMap((r) => r.columns.flatMap((c) => c.cards)).concat(view.other.flatMap((p) => [p.a, p.b])).filter((c) => c.plan === plan && c.clause.id === clause);
    expect(card('a', 'q1').flatMap((c) => c.aligned)).toEqual([]);
    expect(view.other.map((p) => [p.a.clause.id, p.b.clause.id, p.a.aligned[0]!.by])).toEqual([['q2', 'p2', 'editor']]);
    expect(renderComparison(view, { theme: (id) => id })).toContain('编辑判定；');
  });
});

describe('renderComparison', () => {
  const html = renderComparison(compareView([a, b]), { theme: (id) => ({ luban: '鲁班工坊' })[id] ?? id });
  it('escapes plan text: a tag in a clause is text, never markup', () => {
    expect(html).toContain('&lt;b&gt;平台&lt;/b&gt;建设');
    expect(html).not.toContain('<b>平台');
  });
  it('links each clause to its permalink and each aligned clause to its card', () => {
    expect(html).toContain('href="/plans/a/#q1"');
    expect(html).toContain('href="#cmp-luban--b--p1"');
    expect(html).toContain('id="cmp-luban--b--p1"');
  });
  it('names shared themes by name, not by id', () => {
    expect(html).toContain('共同：鲁班工坊；');
  });
  it('states coverage in words and the counts at the top', () => {
    expect(html).toContain('仅见于《文件a》；《文件b》未涉及');
    expect(html).toMatch(/共 <strong>3<\/strong> 个主题，其中 <strong>1<\/strong> 个为所选文件共同涉及；对应条款 <strong>1<\/strong> 对/);
  });
});

describe('occurrences', () => {
  it('finds every occurrence of each term', () => {
    expect(occurrences('教育强市教育', ['教育', ''])).toEqual([[0, 2], [4, 6]]);
  });

  it('set each plan’s commitments side by side, and mark each quoted clause with its strength and instrument', () => {
    const committed = plan('c', [{ id: 'q1', label: '第1段', text: '确保师生交流。', themes: [['t1', [[2, 6]]]], commitment: ['binding', 'demand'] }]);
    const html = renderComparison(compareView([committed, plan('d', [{ id: 'q1', label: '第1段', text: '师生交流。', themes: [['t1', [[0, 4]]]] }])]), { theme: (id) => id });
    expect(html).toContain('<caption>承诺力度与政策工具（条款数）</caption>');
    expect(html).toMatch(/<th scope="row">文件c<\/th><td>1<\/td><td>2<\/td><td>0<\/td><td>0<\/td><td>1<\/td><td>1<\/td><td>2<\/td><td>0<\/td>/);
    expect(html).toContain('<span class="strength s-binding">约束 · 需求型</span>');
  });
});

describe('renderComparison in English', () => {
  const english = (p: ComparePlan, clauses: ComparePlanEnglish['clauses']): ComparePlanEnglish => ({ id: p.id, title: `Document ${p.id}`, regionName: 'A city', when: '2021–2025', clauses, figures: p.figures.map(() => ({ indicatorName: 'Friendly schools', figure: '60' })) });
  const view = compareView([withEnglish(a, english(a, { q1: { en: 'Build Luban Workshops & take vocational education abroad.' } })), withEnglish(b, english(b, { p1: { en: 'Run Luban Workshops abroad.', stale: true } }))]);
  const html = renderComparison(view, { theme: (id) => ({ luban: 'Luban Workshop' })[id] ?? id, themeZh: (id) => ({ luban: '鲁班工坊' })[id] ?? id }, 'en');
  it('quotes the English, with the marked Chinese one click away, and links inside the English edition', () => {
    expect(html).toContain('<blockquote cite="/en/plans/a/#q1" lang="en"><p>Build Luban Workshops &amp; take vocational education abroad.</p></blockquote><details class="quote-original"><summary>Chinese original</summary><blockquote lang="zh-CN"><p>建设<mark>鲁班工坊</mark>');
    expect(html).toContain('(translation of an earlier Chinese text)');
  });
  it('says where a clause has no English and quotes its Chinese as Chinese', () => {
    expect(html).toContain('<p class="untranslated">Not yet translated: the Chinese text only.</p><blockquote cite="/en/plans/b/#p2" lang="zh-CN">');
  });
  it('writes no Chinese outside what is marked Chinese', () => {
    const outside = html.replace(/<([a-z0-9]+)[^>]*lang="zh-CN"[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<details class="quote-original">[\s\S]*?<\/details>/g, '');
    expect(outside.replace(/<[^>]*>/g, " ").match(/.{0,40}\p{Script=Han}.{0,20}/gu) ?? []).toEqual([]);
  });
});
