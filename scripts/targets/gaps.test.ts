import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract.ts';
import { findGaps, formatGap } from './gaps.ts';
import { loadCorpus } from './load.ts';

/**
 * Figures near a target verb that no record covers, reviewed one by one (see the printed list):
 * - background figures of Guangzhou's 发展基础 (p1-s1-q1, p1-s2-q1, p1-s3-q1 ×2, p1-s4-q1): achievements
 *   before the plan, not targets; the 2020 sister-school pairs (88 + 271 + 18 = 377) are the table's baseline;
 * - class-size thresholds (66人以上, 56人以上 in chongqing-modernisation p2-s2-i2): they define 大班额, not a count;
 * - report figures with no indicator in the link table (rencai-q1 试点校占比85%, tongchou-q6/q7,
 *   dangjian-q6/q7, shushuo-l5/l8/l16) and the 20余个 countries of shushuo-l21 (the 126 schools are recorded).
 * Raise or lower this only after reading the list. The count covers the documents whose gaps were
 * read; gaps in any other document are printed for review, not counted.
 */
const REVIEWED_GAPS = 15;
const REVIEWED_DOCUMENTS = ['chongqing-education-power-2024-2035', 'chongqing-modernisation-2020-2022', 'guangzhou-opening-2021-2025', 'yuzhong-international-2019', 'yuzhong-news-2024'];

describe('gaps in target extraction', () => {
  it(`leaves exactly the ${REVIEWED_GAPS} reviewed sentences unread in the reviewed documents`, () => {
    const corpus = loadCorpus();
    const { records } = extractTargets(corpus.docs, corpus.indicators, corpus.reviewed);
    const all = findGaps(corpus.docs, records);
    const gaps = all.filter((g) => REVIEWED_DOCUMENTS.includes(g.document));
    const unreviewed = all.filter((g) => !REVIEWED_DOCUMENTS.includes(g.document));
    console.log(`target gaps (${gaps.length}):\n${gaps.map((g) => `  ${formatGap(g)}`).join('\n')}`);
    if (unreviewed.length) console.log(`target gaps in documents not yet reviewed (${unreviewed.length}; read them, record what is a target, then add the document to REVIEWED_DOCUMENTS):\n${unreviewed.map((g) => `  ${formatGap(g)}`).join('\n')}`);
    expect(corpus.docs.map((d) => d.id)).toEqual(expect.arrayContaining(REVIEWED_DOCUMENTS));
    expect(gaps.length).toBe(REVIEWED_GAPS);
    // No sentence of a plan's target sections goes unread.
    expect(gaps.filter((g) => g.document === 'yuzhong-international-2019')).toEqual([]);
    expect(gaps.filter((g) => g.document === 'guangzhou-opening-2021-2025' && !g.clause.startsWith('p1-'))).toEqual([]);
  });
});
