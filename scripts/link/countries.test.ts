import { describe, expect, it } from 'vitest';
import { countriesIn, countryNames } from './countries.ts';
import { createSegmenter } from './segment.ts';

const segment = createSegmenter(countryNames);

describe('countriesIn', () => {
  it('reads country names as words, with their aliases, in order of first mention', () => {
    expect(countriesIn('与美国、英国、新加坡和印尼的学校结对，再赴美国研修', segment)).toEqual(['US', 'GB', 'SG', 'ID']);
    expect(countriesIn('支持在阿联酋、沙特开展合作', segment)).toEqual(['AE', 'SA']);
  });
  it('does not read a country inside another word', () => {
    expect(countriesIn('今日本市召开会议，精英国际学校与内蒙古高校参加', segment)).toEqual([]);
  });
  it('tells the longer name from the shorter it contains', () => {
    expect(countriesIn('印度尼西亚和印度', segment)).toEqual(['ID', 'IN']);
    expect(countriesIn('南苏丹、苏丹', segment)).toEqual(['SS', 'SD']);
  });
  it('does not take China–Africa (中非) for the Central African Republic', () => {
    expect(countriesIn('实施中非高校20＋20合作计划', segment)).toEqual([]);
  });
});
