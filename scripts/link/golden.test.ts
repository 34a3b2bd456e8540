import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestAll, linkAll, loadThemes } from '../ingest.ts';
import { matchText } from './themes.ts';

// content/themes-golden.json: for each theme, the clauses an editor judged to be about it,
// by meaning rather than by term. The linker is measured against it.
const golden = JSON.parse(readFileSync(new URL('../../content/themes-golden.json', import.meta.url), 'utf8')) as Record<string, Record<string, string[]>>;
const docs = ingestAll();
const themes = loadThemes();
const { index, links } = linkAll(docs, themes);

const pairs = (byDoc: Record<string, string[]> = {}) => new Set(Object.entries(byDoc).flatMap(([d, ids]) => ids.map((id) => `${d}#${id}`)));

describe('theme linker against the golden set', () => {
  const rows: { theme: string; tp: number; fp: number; fn: number }[] = themes.map((t) => {
    const got = pairs(index[t.id]);
    const want = pairs(golden[t.id]);
    const tp = [...got].filter((x) => want.has(x)).length;
    return { theme: t.id, tp, fp: got.size - tp, fn: want.size - tp };
  });
  const sum = (k: 'tp' | 'fp' | 'fn') => rows.reduce((n, r) => n + r[k], 0);
  const precision = sum('tp') / (sum('tp') + sum('fp'));
  const recall = sum('tp') / (sum('tp') + sum('fn'));

  it('covers every theme, with at least 30 themes', () => {
    expect(themes.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(golden).sort()).toEqual(themes.map((t) => t.id).sort());
  });

  it('reports precision and recall per theme and overall', () => {
    const table = rows.map((r) => `${r.theme.padEnd(28)} P ${(r.tp / Math.max(1, r.tp + r.fp)).toFixed(2)} R ${(r.tp / Math.max(1, r.tp + r.fn)).toFixed(2)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
    console.log(`${table.join('\n')}\noverall: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${sum('tp') + sum('fn')} judged links`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds 鲁班工坊, 海外引智 and 友好学校 in every document that has them', () => {
    const docsOf = (theme: string) => Object.keys(index[theme] ?? {}).sort();
    expect(docsOf('luban-workshop')).toEqual(['chongqing-education-power-2024-2035', 'chongqing-modernisation-2020-2022', 'guangzhou-opening-2021-2025']);
    expect(docsOf('overseas-talent')).toEqual(expect.arrayContaining(['guangzhou-opening-2021-2025', 'yuzhong-international-2019']));
    expect(docsOf('sister-schools')).toEqual(expect.arrayContaining(['chongqing-modernisation-2020-2022', 'guangzhou-opening-2021-2025', 'yuzhong-international-2019', 'yuzhong-news-2024']));
    // 盟校 and 友校 are aliases: the Yuzhong section heading 实施海外盟校计划 is on the theme.
    expect(index['sister-schools']?.['yuzhong-international-2019']).toContain('p3-s1');
  });

  it('decoys do not link: 鲁班奖 is not 鲁班工坊, 智能 is not 引智', () => {
    const linked = (theme: string) => links.flatMap((l) => Object.entries(l.clauses).filter(([, e]) => e.themes.some((t) => t.theme === theme)).map(([id]) => docs.find((d) => d.id === l.document)!.clauses.find((c) => c.id === id)!.text));
    for (const text of linked('luban-workshop')) expect(text).toContain('鲁班工坊');
    for (const text of linked('overseas-talent')) expect(text.replace(/智能/g, '')).toMatch(/引智|智力|外籍|外国专家|海外|境外|国际/);
  });

  it('every matched span is the text of a term of its theme', () => {
    for (const l of links) {
      const doc = docs.find((d) => d.id === l.document)!;
      for (const [id, entry] of Object.entries(l.clauses)) {
        const clause = doc.clauses.find((c) => c.id === id)!;
        const text = matchText(clause);
        for (const t of entry.themes) {
          const terms = themes.find((x) => x.id === t.theme)!.terms;
          for (const [s, e] of t.spans) expect(terms).toContain(text.slice(s, e));
        }
      }
    }
  });
});
