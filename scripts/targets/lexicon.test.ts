import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Indicator, Indicators } from '../../src/schemas/target.ts';
import { distance, findTerms, pairTerms } from './lexicon.ts';

const sister = Indicator.parse({
  id: 'sister-schools',
  name: '姊妹学校',
  nameEn: 'Sister schools',
  group: 'opening',
  terms: [{ text: '姊妹学校' }, { text: '国际姊妹学校', scope: '国际' }],
  units: ['所', '对'],
});

describe('findTerms', () => {
  it('names an indicator in traditional characters, at the offsets of the text as printed', () => {
    const text = '到2025年，締結國際姊妹學校30對。';
    const hits = findTerms(text, { start: 0, end: text.length }, [sister]);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.scope])).toEqual([['國際姊妹學校', '国际']]);
  });

  it('keeps offsets within the segment it is given', () => {
    const text = '（一）姊妹学校。（二）姊妹學校';
    const hits = findTerms(text, { start: 8, end: text.length }, [sister]);
    expect(hits.map((h) => [h.start, h.end])).toEqual([[11, 15]]);
  });
});

describe('the link table (content/indicators.json)', () => {
  const table = Indicators.parse(JSON.parse(readFileSync(new URL('../../content/indicators.json', import.meta.url), 'utf8')));
  const named = (text: string) => findTerms(text, { start: 0, end: text.length }, table).map((h) => [text.slice(h.start, h.end), h.indicator.id]);

  it('counts featured programmes apart from first-class programmes listed beside them', () => {
    expect(named('建设市级一流专业点200个、市级大数据智能化特色专业点12个')).toEqual([
      ['市级一流专业点', 'first-class-majors'],
      ['市级大数据智能化特色专业点', 'big-data-intelligent-majors'],
    ]);
  });
});

describe('terms and figures', () => {
  const students = Indicator.parse({ id: 'international-students', name: '留学生', nameEn: 'Students', group: 'opening', terms: [{ text: '留学生' }], units: ['人'] });
  const whole = (text: string) => ({ start: 0, end: text.length });

  it('keeps the longest of overlapping terms, every occurrence, in text order, and terms that only touch', () => {
    const text = '姊妹学校和国际姊妹学校留学生姊妹学校';
    expect(findTerms(text, whole(text), [students, sister]).map((h) => [text.slice(h.start, h.end), h.indicator.id, h.scope])).toEqual([
      ['姊妹学校', 'sister-schools', null],
      ['国际姊妹学校', 'sister-schools', '国际'],
      ['留学生', 'international-students', null],
      ['姊妹学校', 'sister-schools', null],
    ]);
  });

  it('keeps the longer of two overlapping terms whichever the link table lists first', () => {
    const longFirst = Indicator.parse({ ...sister, terms: [{ text: '国际姊妹学校', scope: '国际' }, { text: '姊妹学校' }] });
    expect(findTerms('国际姊妹学校', whole('国际姊妹学校'), [longFirst]).map((h) => h.scope)).toEqual(['国际']);
  });

  it('of two overlapping terms of one length keeps the first', () => {
    const a = Indicator.parse({ ...students, id: 'a', terms: [{ text: '国际学' }] });
    const b = Indicator.parse({ ...students, id: 'b', terms: [{ text: '际学校' }] });
    expect(findTerms('国际学校', whole('国际学校'), [b, a]).map((h) => h.indicator.id)).toEqual(['a']);
  });

  it('measures the characters between two spans, 0 where they touch or overlap, either way round', () => {
    expect(distance({ start: 0, end: 2 }, { start: 5, end: 6 })).toBe(3);
    expect(distance({ start: 5, end: 6 }, { start: 0, end: 2 })).toBe(3);
    expect(distance({ start: 0, end: 2 }, { start: 2, end: 3 })).toBe(0);
    expect(distance({ start: 0, end: 4 }, { start: 1, end: 2 })).toBe(0);
  });

  /** Pairs of term and figure as printed, the figures given as `[printed, unit]`. */
  const paired = (text: string, figures: [string, string][], indicators = [students, sister]) =>
    pairTerms(text, whole(text), figures.map(([printed, unit]) => ({ start: text.indexOf(printed), end: text.indexOf(printed) + printed.length, unit })), indicators).map((p) => [
      text.slice(p.hit.start, p.hit.end),
      text.slice(p.figure.start, p.figure.end),
    ]);

  it('pairs each term, longest first, with the nearest figure in one of its units not yet taken', () => {
    // 国际姊妹学校 takes 30对 beside it; 姊妹学校 the next nearest 所/对 figure; 留学生 only a count of people.
    const text = '留学生2000人，姊妹学校5所，国际姊妹学校30对';
    expect(paired(text, [['2000人', '人'], ['5所', '所'], ['30对', '对']])).toEqual([
      ['国际姊妹学校', '30对'],
      ['姊妹学校', '5所'],
      ['留学生', '2000人'],
    ]);
    expect(paired(text, [['30对', '对']])).toEqual([['国际姊妹学校', '30对']]);
    // The longer term chooses first, wherever the shorter stands.
    const chosen = [
      ['国际姊妹学校', '30对'],
      ['姊妹学校', '5所'],
    ];
    expect(paired('姊妹学校、国际姊妹学校30对、5所', [['30对', '对'], ['5所', '所']], [sister])).toEqual(chosen);
    expect(paired('国际姊妹学校、姊妹学校30对、5所', [['30对', '对'], ['5所', '所']], [sister])).toEqual(chosen);
  });
});
