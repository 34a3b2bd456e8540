import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cosineParts, scoreOnly, scorePair, type AlignOptions, type ClauseEvidence } from './score.ts';

const ev = (e: Partial<{ themes: [string, number][]; names: [string, number][]; words: [string, number][]; indicators: string[] }>): ClauseEvidence => ({
  themes: new Map(e.themes ?? []),
  names: new Map(e.names ?? []),
  words: new Map(e.words ?? []),
  indicators: new Set(e.indicators ?? []),
});
const opts: AlignOptions = { words: 1, themes: 0.5, names: 0.4, indicators: 0.3, threshold: 0.3 };

describe('cosineParts', () => {
  it('is 1 for the same set, 0 for disjoint ones, and splits the dot product by key', () => {
    const a = new Map([['工坊', 3], ['职业', 4]]);
    expect(cosineParts(a, a).cosine).toBeCloseTo(1);
    expect(cosineParts(a, new Map([['学前', 1]])).cosine).toBe(0);
    const { cosine, parts } = cosineParts(a, new Map([['职业', 1]]));
    expect(cosine).toBeCloseTo(0.8);
    expect(parts).toEqual([{ key: '职业', weight: expect.closeTo(0.8, 5) }]);
  });
  it('is 0 against an empty set', () => {
    expect(cosineParts(new Map(), new Map([['a', 1]])).cosine).toBe(0);
  });
});

describe('scorePair', () => {
  it('adds each kind of evidence with its weight', () => {
    const a = ev({ themes: [['luban', 0.8], ['party', 0.1]], names: [['鲁班工坊', 0.9]], words: [['职业', 1]], indicators: ['x'] });
    const b = ev({ themes: [['luban', 0.8], ['party', 0.1]], names: [['鲁班工坊', 0.7]], words: [['职业', 2]], indicators: ['x'] });
    const r = scorePair(a, b, opts);
    // words 1×1 + themes 0.5×0.8 (the rarest shared theme only) + names 0.4×min(0.9, 0.7) + indicator 0.3
    expect(r.score).toBeCloseTo(1 + 0.4 + 0.28 + 0.3, 3);
    expect(r.themes).toEqual([{ key: 'luban', weight: 0.4 }, { key: 'party', weight: 0 }]);
    expect(r.names).toEqual([{ key: '鲁班工坊', weight: 0.28 }]);
    expect(r.indicators).toEqual(['x']);
  });
  it('is symmetric', () => {
    const a = ev({ themes: [['t1', 1], ['t2', 2]], words: [['甲', 1], ['乙', 2]], names: [['丙', 0.5]] });
    const b = ev({ themes: [['t2', 1]], words: [['乙', 1], ['丁', 3]], names: [['丙', 0.8]] });
    expect(scorePair(a, b, opts).score).toBe(scorePair(b, a, opts).score);
  });
  it('lets a broad clause on many themes pair with a narrow clause on one of them', () => {
    const broad = ev({ themes: [['luban', 0.9], ['a', 0.2], ['b', 0.2], ['c', 0.2], ['d', 0.2]] });
    const narrow = ev({ themes: [['luban', 0.9]] });
    expect(scorePair(broad, narrow, opts).score).toBeCloseTo(0.45, 3);
  });
  it('counts only the heaviest shared name, so a list of names does not pile up', () => {
    const names: [string, number][] = [['甲', 0.5], ['乙', 0.5], ['丙', 0.5]];
    expect(scorePair(ev({ names }), ev({ names }), opts).score).toBeCloseTo(0.2, 3);
  });
  it('scores nothing shared as 0', () => {
    expect(scorePair(ev({ words: [['甲', 1]] }), ev({ words: [['乙', 1]] }), opts).score).toBe(0);
  });
  it('ranks shared words by their part of the score', () => {
    const a = ev({ words: [['学前教育', 3], ['普惠', 2], ['推进', 0.1]] });
    const b = ev({ words: [['学前教育', 2], ['普惠', 2], ['推进', 0.1]] });
    expect(scorePair(a, b, opts).words.map((w) => w.key)).toEqual(['学前教育', '普惠', '推进']);
  });
});

describe('scoreOnly', () => {
  it('is exactly the score scorePair gives, for any evidence', () => {
    const weights = fc.array(fc.tuple(fc.constantFrom('甲', '乙', '丙', '丁', '戊', '己'), fc.double({ min: 0.01, max: 5, noNaN: true })), { maxLength: 6 });
    const evidence = fc.record({ themes: weights, names: weights, words: weights, indicators: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }) }).map((e) => ev(e));
    fc.assert(fc.property(evidence, evidence, (a, b) => scoreOnly(a, b, opts) === scorePair(a, b, opts).score));
  });
});

describe('evidence a reader is shown for a pair', () => {
  it('scores 0, not NaN, against a clause whose words all weigh nothing (a word every document carries)', () => {
    const everywhere = ev({ words: [['教育', 0]] });
    const some = ev({ words: [['教育', 1], ['鲁班工坊', 2]] });
    for (const [a, b] of [[everywhere, some], [some, everywhere]] as const) {
      expect(scorePair(a, b, opts).score).toBe(0);
      expect(scorePair(a, b, opts).words).toEqual([]);
      expect(scoreOnly(a, b, opts)).toBe(0);
    }
  });
  it('lists shared words heaviest first however the clause lists them, and ties by the word (乙 U+4E59 before 甲 U+7532)', () => {
    for (const tie of [[['乙', 1], ['甲', 1]], [['甲', 1], ['乙', 1]]] as [string, number][][]) {
      const a = ev({ words: [['推进', 0.1], ['普惠', 2], ['学前教育', 3], ...tie] });
      expect(scorePair(a, a, opts).words.map((w) => w.key)).toEqual(['学前教育', '普惠', '乙', '甲', '推进']);
    }
  });
  it('credits the rarest shared theme; between two as rare, the first by id, whichever the clause lists first', () => {
    for (const tie of [[['zeta', 0.6], ['alpha', 0.6]], [['alpha', 0.6], ['zeta', 0.6]]] as [string, number][][]) {
      const a = ev({ themes: [...tie, ['broad', 0.1]] });
      expect(scorePair(a, a, opts).themes).toEqual([{ key: 'alpha', weight: 0.3 }, { key: 'zeta', weight: 0 }, { key: 'broad', weight: 0 }]);
    }
  });
  it('lists shared indicators in order, and scales each word’s part by the words weight', () => {
    const a = ev({ words: [['甲', 1], ['乙', 1]], indicators: ['y', 'x'] });
    const r = scorePair(a, a, { ...opts, words: 0.5 });
    expect(r.indicators).toEqual(['x', 'y']);
    expect(r.words).toEqual([{ key: '乙', weight: 0.25 }, { key: '甲', weight: 0.25 }]);
  });
});
