import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Indicator, Indicators } from '../../src/schemas/target.ts';
import { findTerms } from './lexicon.ts';

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
