import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestAll, linkAll, loadThemes } from '../ingest.ts';
import { measureLinks, precisionOf, recallOf, ratio } from './measure.ts';
import { goldenPath, readGolden } from './read-golden.ts';
import { matchText } from './themes.ts';

// content/themes-golden.json: for each theme, the clauses an editor judged to be about it,
// by meaning rather than by term, in the documents listed under "judged". The linker is
// measured against it over those documents only.
const docs = ingestAll();
const themes = loadThemes();
const golden = readGolden(readFileSync(new URL(`../../${goldenPath}`, import.meta.url), 'utf8'), themes, docs.map((d) => d.id));
const { index, links } = linkAll(docs, themes);
const score = measureLinks(links, golden, themes.map((t) => t.id), docs.map((d) => d.id));
/** Every theme, however small, is held to this: one wrong link in twenty is the most a reader should meet. */
const PER_THEME = 0.95;
/** The about / mention reading is a guess from two shapes (scripts/link/role.ts); it is gated overall. */
const ROLE_AGREEMENT = 0.9;
/** Documents of the corpus whose text holds a term, for themes whose terms are unambiguous. */
const docsWithText = (term: string) => docs.filter((d) => d.clauses.some((c) => matchText(c).includes(term))).map((d) => d.id);

describe('theme linker against the golden set', () => {
  it('covers every theme, with at least 30 themes', () => {
    expect(themes.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(golden.themes).sort()).toEqual(themes.map((t) => t.id).sort());
  });

  it(`reports precision and recall per theme and overall, over the judged documents; at least ${PER_THEME} for every theme`, () => {
    const table = score.rows.map((r) => `${r.theme.padEnd(28)} P ${precisionOf(r).toFixed(2)} R ${recallOf(r).toFixed(2)} role ${ratio(r.roleAgrees, r.tp).toFixed(2)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn} of ${r.about} about)`);
    const notJudged = score.notJudged.map((d) => `not judged: ${d} — its links are not measured; judge it by reading every clause for every theme and add it to ${goldenPath} ("judged", "themes" and "mentions")`);
    console.log(
      [
        ...table,
        `overall: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} over ${score.judgedLinks} clauses judged about a theme; role agreement ${score.roleAgreement.toFixed(3)}`,
        ...score.roleDisagreements.map((d) => `  role: ${d}`),
        `judged: ${score.judged.join(', ')}`,
        ...notJudged,
      ].join('\n'),
    );
    expect(score.judged.length).toBeGreaterThan(0);
    const below = score.rows.filter((r) => precisionOf(r) < PER_THEME || recallOf(r) < PER_THEME).map((r) => `${r.theme}: P ${precisionOf(r).toFixed(2)} R ${recallOf(r).toFixed(2)}`);
    expect(below, 'themes below the per-theme gate').toEqual([]);
    expect(score.roleAgreement).toBeGreaterThanOrEqual(ROLE_AGREEMENT);
  });

  it('the README states the figures this test measures', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const stated = /precision (\d\.\d+), recall (\d\.\d+) over (\d+) judged links/.exec(readme);
    expect(stated, 'README: "precision …, recall … over … judged links" under the golden set').not.toBeNull();
    expect(stated!.slice(1)).toEqual([score.precision.toFixed(3), score.recall.toFixed(3), String(score.judgedLinks)]);
  });

  it('finds 鲁班工坊, 海外引智 and 友好学校 in every document that has them', () => {
    const docsOf = (theme: string) => Object.keys(index[theme] ?? {}).sort();
    expect(docsOf('luban-workshop')).toEqual(expect.arrayContaining(['chongqing-education-power-2024-2035', 'chongqing-modernisation-2020-2022', 'guangzhou-opening-2021-2025']));
    expect(docsOf('luban-workshop')).toEqual(docsWithText('鲁班工坊').sort());
    expect(docsOf('overseas-talent')).toEqual(expect.arrayContaining(['guangzhou-opening-2021-2025', 'yuzhong-international-2019']));
    expect(docsOf('sister-schools')).toEqual(expect.arrayContaining(['chongqing-modernisation-2020-2022', 'guangzhou-opening-2021-2025', 'yuzhong-international-2019', 'yuzhong-news-2024']));
    expect(docsOf('sister-schools')).toEqual(expect.arrayContaining(docsWithText('友好学校')));
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
          // A link from a narrower theme (鲁班工坊 → 境外办学) marks the narrower theme's term.
          const terms = themes.find((x) => x.id === (t.via ?? t.theme))!.terms;
          if (t.via) expect(themes.find((x) => x.id === t.via)!.broader).toContain(t.theme);
          for (const [s, e] of t.spans) expect(terms).toContain(text.slice(s, e));
        }
      }
    }
  });
});
