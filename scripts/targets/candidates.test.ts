import { describe, expect, it } from 'vitest';
import { findCandidates, NEAR } from './candidates.ts';

const read = (text: string) => findCandidates(text).map((c) => [text.slice(c.figure.start, c.figure.end), c.cue, text.slice(c.sentence.start, c.sentence.end)]);
const filler = (n: number) => '甲'.repeat(n);

describe('candidate targets', () => {
  it('are figures with a target word in their sentence, at most NEAR characters away on either side', () => {
    expect(NEAR).toBe(12);
    expect(read(`建成${filler(NEAR)}45所。`)).toEqual([['45所', '建成', `建成${filler(NEAR)}45所。`]]);
    expect(read(`建成${filler(NEAR + 1)}45所。`)).toEqual([]);
    expect(read(`45所${filler(NEAR)}建成。`)).toEqual([['45所', '建成', `45所${filler(NEAR)}建成。`]]);
    expect(read(`45所${filler(NEAR + 1)}建成。`)).toEqual([]);
  });

  it('take the cue from their own sentence only, the word as printed, else the target year before them', () => {
    expect(read('建成。45所。')).toEqual([]);
    expect(read('45所。建成。')).toEqual([]);
    expect(read('到2025年，学校45所。')).toEqual([['45所', '2025年', '到2025年，学校45所。']]);
    expect(read('到2025年，建成学校45所。')).toEqual([['45所', '建成', '到2025年，建成学校45所。']]);
    expect(read('学校45所，到2025年。')).toEqual([]);
    expect(read('学校45所。')).toEqual([]);
    // A sentence with no end mark ends with the text, figure or word last.
    expect(read('建成学校45所')).toEqual([['45所', '建成', '建成学校45所']]);
    expect(read('学校45所已建成')).toEqual([['45所', '建成', '学校45所已建成']]);
  });

  it('list every candidate of every sentence, in text order', () => {
    expect(read('新建学校2所、基地3个；每年接待境外学生2000人次！')).toEqual([
      ['2所', '新建', '新建学校2所、基地3个；'],
      ['3个', '新建', '新建学校2所、基地3个；'],
      ['2000人次', '接待', '每年接待境外学生2000人次！'],
    ]);
  });
});
