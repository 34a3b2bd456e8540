import { describe, expect, it } from 'vitest';
import { dateRanks, sortByDate } from './date-rank.ts';

const hit = (id: string) => ({ id });
const ids = (hs: { id: string }[]) => hs.map((h) => h.id);

describe('sorting hits by date', () => {
  const rank = dateRanks({ prefix: 'zh-cn_', groups: ['c1 d4', 'a2', 'b3 e5'] });

  it('reads each id with its prefix and its date’s place', () => {
    expect([...rank]).toEqual([['zh-cn_c1', 0], ['zh-cn_d4', 0], ['zh-cn_a2', 1], ['zh-cn_b3', 2], ['zh-cn_e5', 2]]);
  });

  it('reads an id that is the prefix itself', () => {
    expect([...dateRanks({ prefix: 'x_ab', groups: [' c', 'd'] })]).toEqual([['x_ab', 0], ['x_abc', 0], ['x_abd', 1]]);
    expect([...dateRanks({ prefix: 'x_ab', groups: [''] })]).toEqual([['x_ab', 0]]);
  });

  it('puts hits newest date first; hits of one date keep the order they came in', () => {
    const hits = ['zh-cn_e5', 'zh-cn_a2', 'zh-cn_d4', 'zh-cn_b3', 'zh-cn_c1'].map(hit);
    expect(ids(sortByDate(hits, rank, (h) => h.id))).toEqual(['zh-cn_d4', 'zh-cn_c1', 'zh-cn_a2', 'zh-cn_e5', 'zh-cn_b3']);
  });

  it('puts hits the order does not list last, in the order they came', () => {
    const hits = ['zh-cn_y', 'zh-cn_b3', 'zh-cn_x', 'zh-cn_c1'].map(hit);
    expect(ids(sortByDate(hits, rank, (h) => h.id))).toEqual(['zh-cn_c1', 'zh-cn_b3', 'zh-cn_y', 'zh-cn_x']);
  });

  it('leaves the hits it is given as they were', () => {
    const hits = ['zh-cn_b3', 'zh-cn_c1'].map(hit);
    sortByDate(hits, rank, (h) => h.id);
    expect(ids(hits)).toEqual(['zh-cn_b3', 'zh-cn_c1']);
  });
});
