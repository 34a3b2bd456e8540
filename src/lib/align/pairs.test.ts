import { describe, expect, it } from 'vitest';
import { alignClauses, type AlignInput } from './pairs.ts';
import { defaultAlignOptions, type AlignOptions } from './score.ts';

const opts: AlignOptions = { words: 1, themes: 0.5, names: 0.4, indicators: 0.3, threshold: 0.3 };
const clause = (document: string, clause: string, words: [string, number][], themes: [string, number][] = []): AlignInput => ({
  document,
  clause,
  evidence: { words: new Map(words), themes: new Map(themes), names: new Map(), indicators: new Set() },
});

describe('alignClauses', () => {
  const inputs = [
    clause('a', 'q1', [['学前教育', 2], ['普惠', 1]]),
    clause('a', 'q2', [['学前教育', 2], ['普惠', 1]]),
    clause('b', 'q1', [['学前教育', 2], ['普惠', 1.2]]),
    clause('b', 'q2', [['高校', 2], ['科研', 1]]),
    clause('c', 'q1', [['科研', 1], ['高校', 1]]),
    clause('c', 'q2', [['完全', 1], ['无关', 1]]),
  ];
  const pairs = alignClauses(inputs, opts);
  const named = pairs.map((p) => `${inputs[p.a]!.document}#${inputs[p.a]!.clause}~${inputs[p.b]!.document}#${inputs[p.b]!.clause}`);
  it('pairs clauses on the same subject across documents, never within one', () => {
    expect(named).toEqual(expect.arrayContaining(['a#q1~b#q1', 'a#q2~b#q1', 'b#q2~c#q1']));
    for (const p of pairs) expect(inputs[p.a]!.document).not.toBe(inputs[p.b]!.document);
  });
  it('keeps no pair below the threshold and lists each pair once', () => {
    for (const p of pairs) expect(p.result.score).toBeGreaterThanOrEqual(opts.threshold);
    expect(new Set(named).size).toBe(named.length);
    expect(named.some((n) => n.includes('c#q2'))).toBe(false);
  });
  it('gives no clause more than `limit` aligned clauses, keeping its best, however many point to it', () => {
    const hub = clause('x', 'q1', [['双减', 1]]);
    const many = [hub, ...Array.from({ length: 9 }, (_, i) => clause(`y${i}`, 'q1', [['双减', 1], [`别${i}`, 0.05 * i]]))];
    const got = alignClauses(many, opts, { queryKeys: 8, postingLimit: 64, candidates: 30, perDocument: 2, limit: 3 });
    const ofHub = got.filter((p) => p.a === 0);
    expect(ofHub).toHaveLength(3);
    // The three best are the ones with the least extra weight elsewhere: y0, y1, y2.
    expect(ofHub.map((p) => many[p.b]!.document).sort()).toEqual(['y0', 'y1', 'y2']);
  });
  it('finds the best match even when a key is too common to be indexed for every clause', () => {
    const crowd = Array.from({ length: 50 }, (_, i) => clause(`d${i}`, 'q1', [['教育', 1], [`杂${i}`, 1]]));
    const target = clause('t', 'q1', [['教育', 1], ['鲁班工坊', 3]]);
    const match = clause('m', 'q1', [['教育', 1], ['鲁班工坊', 3]]);
    const got = alignClauses([...crowd, target, match], opts, { queryKeys: 4, postingLimit: 5, candidates: 5, perDocument: 2, limit: 4 });
    expect(got.some((p) => p.a === 50 && p.b === 51)).toBe(true);
  });
  it('by default, sets side by side clauses on one subject, not clauses that share only a common word or a broad theme', () => {
    const pair = (a: AlignInput, b: AlignInput) => alignClauses([a, b]).map((p) => p.result.score);
    const same = pair(clause('a', 'q1', [['鲁班工坊', 3], ['职业教育', 1]], [['luban', 1]]), clause('b', 'q1', [['鲁班工坊', 3], ['境外', 1]], [['luban', 1]]));
    expect(same).toHaveLength(1);
    expect(same[0]).toBeGreaterThanOrEqual(defaultAlignOptions.threshold);
    const loose = [clause('a', 'q1', [['教育', 1], ['鲁班工坊', 3]], [['opening', 0.2]]), clause('b', 'q1', [['教育', 1], ['学前', 3]], [['opening', 0.2]])];
    expect(pair(loose[0]!, loose[1]!)).toEqual([]);
  });
});
