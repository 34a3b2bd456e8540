import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract.ts';
import { findGaps, formatGap } from './gaps.ts';
import { clauseOf, planWithBackground } from './fixture-docs.test-data.ts';
import { loadCorpus } from './load.ts';

describe('gaps in target extraction', () => {
  it('leaves no figure near a target verb unread, unless an editor ruled it out with a reason', () => {
    const corpus = loadCorpus();
    const { records, exclusions } = extractTargets(corpus.docs, corpus.indicators, corpus.reviewed);
    const gaps = findGaps(corpus.docs, records, exclusions);
    expect(gaps.map(formatGap)).toEqual([]);
  });

  it('reports a figure near a target verb that no record covers', () => {
    const doc = { ...planWithBackground([], []), clauses: [clauseOf('c', '到2025年，建成智慧校园45所。')] };
    expect(findGaps([doc], []).map((g) => g.figures)).toEqual([['45所']]);
    expect(findGaps([doc], [], [{ document: 'plan', clause: 'c', start: 13, end: 16, printed: '45所', reason: 'why' }])).toEqual([]);
  });
});
