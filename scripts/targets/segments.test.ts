import { describe, expect, it } from 'vitest';
import { segmentAt, splitItems, splitPhrases, splitSentences } from './segments.ts';

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

describe('segment edges', () => {
  it('cuts sentences at every end mark, ASCII ones too, keeping each with its sentence and trimming spaces', () => {
    const text = ' 甲！ 乙？丙；丁!戊?己;庚 ';
    expect(texts(text, splitSentences(text))).toEqual(['甲！', '乙？', '丙；', '丁!', '戊?', '己;', '庚']);
    expect(splitSentences('甲。。')).toEqual([{ start: 0, end: 2 }, { start: 2, end: 3 }]);
    expect(splitSentences('  ')).toEqual([]);
  });

  it('cuts phrases at commas, colons, end marks and an ellipsis, within the sentence only', () => {
    const text = '前言。甲，乙,丙：丁:戊……己。后记';
    const sentence = { start: 3, end: text.indexOf('后') };
    expect(texts(text, splitPhrases(text, sentence))).toEqual(['甲', '乙', '丙', '丁', '戊', '己']);
  });

  it('cuts items at 、 and at 和 or 及 before a digit, full-width or not, and not before a word', () => {
    const text = '学校2所及3个基地、中心和园区';
    expect(texts(text, splitItems(text, { start: 0, end: text.length }))).toEqual(['学校2所', '3个基地', '中心和园区']);
    expect(texts('、学校2所、、3个', splitItems('、学校2所、、3个', { start: 0, end: 9 }))).toEqual(['学校2所', '3个']);
    const within = '前：学校2所和３个基地、。';
    expect(texts(within, splitItems(within, { start: 2, end: within.length - 1 }))).toEqual(['学校2所', '３个基地']);
  });

  it('finds the segment holding an offset: its start is in it, its end is not', () => {
    const segs = [{ start: 0, end: 3 }, { start: 4, end: 6 }];
    expect([0, 2, 3, 4, 5, 6].map((at) => segmentAt(segs, at))).toEqual([segs[0], segs[0], undefined, segs[1], segs[1], undefined]);
  });
});
