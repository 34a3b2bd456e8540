import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract.ts';
import { findGaps, formatGap } from './gaps.ts';
import { clauseOf, planWithBackground } from './fixture-docs.test-data.ts';
import { loadCorpus } from './load.ts';

describe('gaps in target extraction', () => {
  it('leaves no candidate target unread, unless an editor ruled it out with a reason', () => {
    const corpus = loadCorpus();
    const { records, exclusions } = extractTargets(corpus.docs, corpus.indicators, corpus.reviewed);
    const gaps = findGaps(corpus.docs, records, exclusions);
    expect(gaps.map(formatGap)).toEqual([]);
  });

  it('reports each candidate no record covers, at its place in the clause, until it is ruled out', () => {
    const doc = { ...planWithBackground([], []), clauses: [clauseOf('c', '到2025年，建成智慧校园45所，接待访问团20批次。')] };
    const gaps = findGaps([doc], []);
    expect(gaps.map((g) => [g.printed, g.start, g.end, g.cue])).toEqual([
      ['45所', 13, 16, '建成'],
      ['20批', 22, 25, '接待'],
    ]);
    expect(formatGap(gaps[0]!)).toBe('plan#c@13-16 45所 (建成) 到2025年，建成智慧校园45所，接待访问团20批次。');
    expect(findGaps([doc], [], [{ document: 'plan', clause: 'c', start: 13, end: 16, printed: '45所', reason: 'why' }]).map((g) => g.printed)).toEqual(['20批']);
  });

  it('has nothing to report once the rules read every candidate of a plan', () => {
    const doc = planWithBackground([], ['到“十二五”末，新建国际学校3所；每年接待境外学生2000人次。', '在中亚地区建设2个鲁班工坊。']);
    const { records } = extractTargets([doc], []);
    expect(records).toHaveLength(3);
    expect(findGaps([doc], records)).toEqual([]);
  });
});
