import { describe, expect, it } from 'vitest';
import type { DocumentAlignments } from '../schemas/alignment.ts';
import type { Indicator, TargetRecord } from '../schemas/target.ts';
import { compareSuccessive, documentRole, groupPairs, indicatorsOverTime, pairsBetween, relationWords, successions, type AlignedPair, type TimedDocument } from './over-time.ts';

const doc = (id: string, role: TimedDocument['role'], themes: Record<string, string[]>): TimedDocument => ({ id, role, themes: new Map(Object.entries(themes)) });
const pair = (earlier: string, later: string, score: number, themes: string[] = []): AlignedPair => ({ earlier, later, score, themes, names: [], words: [] });
const evidence = { themes: [], names: [], words: [], indicators: [] };
const aligned = (document: string, clause: string, score: number, themes: string[] = []) => ({ document, clause, score, themes, names: [], words: [], indicators: [], by: 'aligner' as const });
type Clauses = DocumentAlignments['clauses'];

describe('documentRole', () => {
  it('a news report is a report; every kind of plan is a plan', () => {
    expect(documentRole('news-report')).toBe('report');
    for (const t of ['notice-with-plan', 'five-year-plan', 'implementation-plan', 'plan-summary'] as const) expect(documentRole(t)).toBe('plan');
  });
});

describe('pairsBetween', () => {
  it('reads pairs from either side once, keeps the higher score, strongest first, and ignores other documents', () => {
    const alignments = new Map<string, Clauses>([
      ['a', { a1: { evidence, aligned: [aligned('b', 'b1', 0.4), aligned('c', 'c1', 0.9)] }, a2: { evidence, aligned: [aligned('b', 'b2', 0.3)] } }],
      ['b', { b1: { evidence, aligned: [aligned('a', 'a1', 0.5)] }, b3: { evidence, aligned: [aligned('a', 'a2', 0.7)] } }],
    ]);
    const pairs = pairsBetween(alignments, 'a', 'b');
    expect(pairs.map((p) => [p.earlier, p.later, p.score])).toEqual([
      ['a2', 'b3', 0.7],
      ['a1', 'b1', 0.5],
      ['a2', 'b2', 0.3],
    ]);
  });

  it('a document without alignments has no pairs', () => {
    expect(pairsBetween(new Map(), 'a', 'b')).toEqual([]);
  });
});

describe('compareSuccessive', () => {
  const earlier = doc('old', 'plan', { luban: ['o1'], funding: ['o2', 'o3'], preschool: ['o4'], empty: [] });
  const later = doc('new', 'plan', { luban: ['n1', 'n2'], funding: ['n3'], talent: ['n4'], empty: [] });

  it('sorts every theme either document has into exactly one of new, continued, dropped', () => {
    const s = compareSuccessive(earlier, later, []);
    expect(s.added.map((c) => c.theme)).toEqual(['talent']);
    expect(s.continued.map((c) => c.theme).sort()).toEqual(['funding', 'luban']);
    expect(s.dropped.map((c) => c.theme)).toEqual(['preschool']);
    expect(s.added[0]!.later).toEqual(['n4']);
    expect(s.dropped[0]!.earlier).toEqual(['o4']);
  });

  it('a theme with no clauses in either is in none of them', () => {
    const s = compareSuccessive(earlier, later, []);
    expect([...s.added, ...s.continued, ...s.dropped].map((c) => c.theme)).not.toContain('empty');
  });

  it('files each pair once, under a theme both its clauses are on, the aligner\'s strongest shared theme first', () => {
    const both = doc('new', 'plan', { luban: ['n1'], funding: ['n1'] });
    const before = doc('old', 'plan', { luban: ['o1'], funding: ['o1'] });
    const s = compareSuccessive(before, both, [pair('o1', 'n1', 0.6, ['funding', 'luban'])]);
    const funding = s.continued.find((c) => c.theme === 'funding')!;
    const luban = s.continued.find((c) => c.theme === 'luban')!;
    expect(funding.pairs).toHaveLength(1);
    expect(luban.pairs).toEqual([]);
    expect(luban.alsoHere).toEqual([{ pair: funding.pairs[0], theme: 'funding' }]);
  });

  it('never files a pair under a theme one of its clauses is not on', () => {
    const pairs = [pair('o1', 'n1', 0.8, ['luban']), pair('o2', 'n3', 0.5, ['luban']), pair('o4', 'n4', 0.4)];
    const s = compareSuccessive(earlier, later, pairs);
    for (const c of s.continued) {
      for (const p of [...c.pairs, ...c.alsoHere.map((a) => a.pair)]) {
        expect(c.earlier).toContain(p.earlier);
        expect(c.later).toContain(p.later);
      }
    }
    expect(s.continued.find((c) => c.theme === 'funding')!.pairs.map((p) => p.earlier)).toEqual(['o2']);
    expect(s.unthemed.flatMap((g) => g.pairs).map((p) => p.earlier)).toEqual(['o4']);
  });

  it('says what is compared: plan → plan, plan → report', () => {
    expect(compareSuccessive(earlier, later, []).relation).toBe('plan-plan');
    expect(compareSuccessive(earlier, { ...later, role: 'report' }, []).relation).toBe('plan-report');
  });

  it('words a report\'s missing themes as not reported, never as dropped', () => {
    const w = relationWords['plan-report'];
    expect(w.dropped.zh).toContain('未见报道');
    expect(w.dropped.en).toMatch(/not reported/i);
    expect(w.dropped.en).not.toMatch(/drop/i);
    expect(relationWords['plan-plan'].dropped.en).toMatch(/drop/i);
  });
});

describe('groupPairs', () => {
  it('quotes a clause aligned with several others once, in document order', () => {
    const groups = groupPairs([pair('o2', 'n1', 0.9), pair('o1', 'n1', 0.5), pair('o3', 'n9', 0.4), pair('o1', 'n2', 0.3)], ['o1', 'o2', 'o3'], ['n1', 'n2', 'n9']);
    expect(groups.map((g) => [g.earlier, g.later])).toEqual([
      [['o1', 'o2'], ['n1', 'n2']],
      [['o3'], ['n9']],
    ]);
    expect(groups[0]!.pairs.map((p) => p.score)).toEqual([0.9, 0.5, 0.3]);
  });

  it('joins two groups that a later pair connects', () => {
    const groups = groupPairs([pair('o1', 'n1', 0.9), pair('o2', 'n2', 0.8), pair('o1', 'n2', 0.1)], ['o1', 'o2'], ['n1', 'n2']);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.pairs).toHaveLength(3);
  });
});

describe('successions', () => {
  it('sets each document beside the next, in the order given', () => {
    const docs = [doc('a', 'plan', {}), doc('b', 'plan', {}), doc('c', 'report', {})];
    expect(successions(docs, new Map()).map((s) => [s.earlier, s.later, s.relation])).toEqual([
      ['a', 'b', 'plan-plan'],
      ['b', 'c', 'plan-report'],
    ]);
    expect(successions(docs.slice(0, 1), new Map())).toEqual([]);
  });
});

describe('indicatorsOverTime', () => {
  const indicator = (id: string): Indicator => ({ id, name: id, nameEn: id, group: 'opening', terms: [{ text: id, scope: null }], units: ['所'] });
  const record = (document: string, ind: string, kind: TargetRecord['kind'], value: number): TargetRecord => ({
    id: `${document}/c/${ind}`, indicator: ind, indicatorName: ind, scope: null, kind, comparison: 'exact', value, min: value, max: value, unit: '所', measure: 'level',
    year: 2021, yearBasis: 'stated', baseline: null, baselineYear: null, attribute: null, document, region: 'r', clause: 'c', quote: String(value), source: 'sentence', checks: [],
  });
  const info = (id: string) => ({ id, region: 'r', level: 'district' as const, shortTitle: id });

  it('keeps the indicators two or more of the documents state, documents in the order given', () => {
    const records = [record('later', 'schools', 'outcome', 126), record('earlier', 'schools', 'target', 60), record('earlier', 'alone', 'target', 1), record('elsewhere', 'alone', 'target', 2)];
    const links = indicatorsOverTime(records, [indicator('schools'), indicator('alone')], [info('earlier'), info('later')]);
    expect(links.map((l) => l.indicator.id)).toEqual(['schools']);
    expect(links[0]!.documents.map((d) => [d.document.id, d.records[0]!.value])).toEqual([
      ['earlier', 60],
      ['later', 126],
    ]);
  });
});
