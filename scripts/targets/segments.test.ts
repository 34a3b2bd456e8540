import { describe, expect, it } from 'vitest';
import { splitItems, splitPhrases, splitSentences } from './segments.ts';

const texts = (text: string, segs: { start: number; end: number }[]) => segs.map((s) => text.slice(s.start, s.end));

describe('segments', () => {
  const text = '到2021年，力争建成国际学校1所，建设国际部（班）5个。每年选派60名优秀校园长、教师赴海外进修。';

  it('cuts sentences after 。 and keeps the mark', () => {
    expect(texts(text, splitSentences(text))).toEqual(['到2021年，力争建成国际学校1所，建设国际部（班）5个。', '每年选派60名优秀校园长、教师赴海外进修。']);
  });

  it('cuts comma phrases without the comma', () => {
    const [first] = splitSentences(text);
    expect(texts(text, splitPhrases(text, first!))).toEqual(['到2021年', '力争建成国际学校1所', '建设国际部（班）5个']);
  });

  it('cuts list items at 、 and at 和 before a digit', () => {
    const list = '建设国家一流专业点60个以上、市级一流专业点350个';
    expect(texts(list, splitItems(list, { start: 0, end: list.length }))).toEqual(['建设国家一流专业点60个以上', '市级一流专业点350个']);
    const pair = '建设２所左右国家级高水平高职学校和４个以上专业群';
    expect(texts(pair, splitItems(pair, { start: 0, end: pair.length }))).toEqual(['建设２所左右国家级高水平高职学校', '４个以上专业群']);
  });
});
