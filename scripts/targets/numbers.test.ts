import { describe, expect, it } from 'vitest';
import { findFigures, parseChineseNumeral, toHalfWidth } from './numbers.ts';

const one = (text: string) => {
  const [f, ...rest] = findFigures(text);
  expect(rest).toEqual([]);
  return { ...f!, printed: text.slice(f!.start, f!.end) };
};

describe('findFigures', () => {
  it('reads exact figures with their unit', () => {
    expect(one('建成国际学校1所')).toMatchObject({ comparison: 'exact', value: 1, min: 1, max: 1, unit: '所', printed: '1所' });
    expect(one('增加至6万人')).toMatchObject({ value: 6, unit: '万人' });
    expect(one('覆盖率达92.38%')).toMatchObject({ value: 92.38, unit: '%' });
  });

  it('reads ranges written with -, —, 至', () => {
    expect(one('开展2-3个国际化特色课程项目')).toMatchObject({ comparison: 'range', value: null, min: 2, max: 3, unit: '个' });
    expect(one('建设7—10所')).toMatchObject({ comparison: 'range', min: 7, max: 10 });
    expect(one('每年确定15至20所')).toMatchObject({ comparison: 'range', min: 15, max: 20, printed: '15至20所' });
  });

  it('reads bounds from qualifiers before and after', () => {
    expect(one('不少于50所')).toMatchObject({ comparison: 'at-least', value: 50, min: 50, max: null, printed: '不少于50所' });
    expect(one('达到50％以上')).toMatchObject({ comparison: 'at-least', value: 50, unit: '%', printed: '50％以上' });
    expect(one('20余个国家')).toMatchObject({ comparison: 'at-least', value: 20 });
    expect(one('不超过5项')).toMatchObject({ comparison: 'at-most', min: null, max: 5 });
    expect(one('２所左右')).toMatchObject({ comparison: 'about', value: 2, min: 2, max: 2 });
    expect(one('不低于其他专业的1.3倍')).toMatchObject({ comparison: 'at-least', value: 1.3, unit: '倍', printed: '1.3倍' });
  });

  it('reads full-width digits and percent signs', () => {
    expect(toHalfWidth('４％')).toBe('4%');
    expect(one('不低于４％')).toMatchObject({ comparison: 'at-least', value: 4, unit: '%' });
  });

  it('leaves years, ordinals, codes and bare numbers alone', () => {
    expect(findFigures('到2021年，第44届，“4311”体系，能力提升工程2.0，巴蜀2号地块，(2020—2022年)')).toEqual([]);
  });

  it('leaves the later numbers of an ordinal list alone', () => {
    expect(findFigures('参加第44、45届世界技能竞赛，第3和4期')).toEqual([]);
  });

  it('reads Chinese numerals only when asked, and never a leading 一', () => {
    const text = '举办三届足球赛、两届论坛，规模超过千人，打造一个家园，一百二十所';
    expect(findFigures(text)).toEqual([]);
    const figures = findFigures(text, { chinese: true });
    expect(figures.map((f) => [text.slice(f.start, f.end), f.value, f.unit, f.comparison])).toEqual([
      ['三届', 3, '届', 'exact'],
      ['两届', 2, '届', 'exact'],
      ['超过千人', 1000, '人', 'at-least'],
    ]);
  });
});

describe('parseChineseNumeral', () => {
  it('reads the numerals counts are written in', () => {
    expect(['三', '十', '十三', '二十', '二十九', '百', '三百零五', '千', '两千五百', '三万'].map(parseChineseNumeral)).toEqual([3, 10, 13, 20, 29, 100, 305, 1000, 2500, 30000]);
    expect(parseChineseNumeral('三五')).toBeUndefined();
  });
});
