import { describe, expect, it } from 'vitest';
import { searchStrings } from './strings.ts';

describe('search status', () => {
  it('counts results in English with the number agreeing', () => {
    expect(searchStrings.en.status('天府国际教育交流周', 1)).toBe('“天府国际教育交流周”: 1 result.');
    expect(searchStrings.en.status('Luban', 0)).toBe('“Luban”: 0 results.');
    expect(searchStrings.en.status('Luban', 12)).toBe('“Luban”: 12 results.');
  });

  it('counts them in Chinese with 条', () => {
    expect(searchStrings.zh.status('鲁班工坊', 1)).toBe('“鲁班工坊”：共 1 条。');
  });
});
