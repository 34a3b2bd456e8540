import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '../../src/schemas/target.ts';
import { extractTargets } from './extract.ts';
import { findGaps, formatGap } from './gaps.ts';
import { clauseOf, planWithBackground } from './fixture-docs.test-data.ts';
import { loadCorpus } from './load.ts';
import type { Exclusion } from './reviewed.ts';

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

describe('what covers a candidate', () => {
  const text = '建成学校45所。新建学校45所。';
  const doc = { ...planWithBackground([], []), clauses: [clauseOf('c', text), clauseOf('d', text)] };
  const record = (quote: string, value: number | null, min = value, max = value, clause = 'c') => ({ document: 'plan', clause, quote, value, min, max }) as TargetRecord;
  const left = (records: TargetRecord[], exclusions: Exclusion[] = []) => findGaps([doc], records, exclusions).filter((g) => g.clause === 'c').map((g) => g.start);

  it('a record of the clause quoting the figure’s place, at any occurrence of its quote, stating its number', () => {
    expect(left([])).toEqual([4, 12]);
    expect(findGaps([doc], []).map((g) => g.sentence)).toEqual(['建成学校45所。', '新建学校45所。', '建成学校45所。', '新建学校45所。']);
    expect(left([record('学校45所', 45)])).toEqual([]);
    expect(left([record('45所', 45)])).toEqual([]);
    expect(left([record('建成学校45所', 45)])).toEqual([12]);
    expect(left([record('学校45所', 46)])).toEqual([4, 12]);
    expect(left([record('学校4', 45)])).toEqual([4, 12]);
    expect(left([record('5所', 45)])).toEqual([4, 12]);
    expect(left([record('学校45所', 45, 45, 45, 'd')])).toEqual([4, 12]);
    expect(left([{ ...record('学校45所', 45), document: 'other' }])).toEqual([4, 12]);
  });

  it('a range or bound stated by its min and max when it has no single value', () => {
    expect(left([record('学校45所', null, 45, 45)])).toEqual([]);
    expect(left([record('学校45所', null, 45, null)])).toEqual([4, 12]);
    expect(left([record('学校45所', null, null, 45)])).toEqual([4, 12]);
  });

  it('an exclusion of the clause that overlaps the figure by a character, not one that only touches it', () => {
    const exclusion = (start: number, end: number, clause = 'c'): Exclusion => ({ document: 'plan', clause, start, end, printed: text.slice(start, end), reason: '门槛' });
    expect(left([], [exclusion(2, 5)])).toEqual([12]);
    expect(left([], [exclusion(6, 8)])).toEqual([12]);
    expect(left([], [exclusion(0, 4)])).toEqual([4, 12]);
    expect(left([], [exclusion(7, 11)])).toEqual([4, 12]);
    expect(left([], [exclusion(4, 7, 'd')])).toEqual([4, 12]);
    expect(left([], [{ ...exclusion(4, 7), document: 'other' }])).toEqual([4, 12]);
  });
});
