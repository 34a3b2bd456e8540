import { describe, expect, it } from 'vitest';
import { findFigures, numbersIn, parseChineseNumeral, toHalfWidth } from './numbers.ts';

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
    expect(parseChineseNumeral('三个')).toBeUndefined();
  });
});

describe('findFigures at its edges', () => {
  const read = (text: string, options = {}) => findFigures(text, options).map((f) => [text.slice(f.start, f.end), f.comparison, f.value ?? `${f.min}-${f.max}`]);

  it('reads 以下 and 以内 after a figure as at most', () => {
    expect(one('班额控制在45人以下')).toMatchObject({ comparison: 'at-most', value: 45, min: null, max: 45, printed: '45人以下' });
    expect(one('误差控制在5%以内')).toMatchObject({ comparison: 'at-most', value: 5, min: null, max: 5, printed: '5%以内' });
  });

  it('reads 不高于 and 小于 as at most, 高于 and 大于 as at least', () => {
    expect(one('生师比不高于15倍')).toMatchObject({ comparison: 'at-most', max: 15, printed: '不高于15倍' });
    expect(one('小于5%')).toMatchObject({ comparison: 'at-most', max: 5, printed: '小于5%' });
    expect(one('高于5%')).toMatchObject({ comparison: 'at-least', min: 5, printed: '高于5%' });
    expect(one('大于5%')).toMatchObject({ comparison: 'at-least', min: 5, printed: '大于5%' });
  });

  it('binds a qualifier to the figure right after it, not to a later one across another figure', () => {
    expect(read('至少3所学校各建设5个实验室')).toEqual([
      ['至少3所', 'at-least', 3],
      ['5个', 'exact', 5],
    ]);
    expect(read('确保3所学校各开设5门课程')).toEqual([
      ['3所', 'at-least', 3],
      ['5门', 'exact', 5],
    ]);
    expect(read('近年来新建5所')).toEqual([['5所', 'exact', 5]]);
    expect(read('第二批试点中新建5所')).toEqual([['5所', 'exact', 5]]);
  });

  it('reads 低于 and 少于 as at most, with words between, but not across another figure', () => {
    expect(one('低于5%')).toMatchObject({ comparison: 'at-most', max: 5, printed: '低于5%' });
    expect(one('少于5所')).toMatchObject({ comparison: 'at-most', max: 5, printed: '少于5所' });
    expect(one('辍学率低于全省平均的1%')).toMatchObject({ comparison: 'at-most', max: 1, printed: '1%' });
    expect(read('学校少于3所的区新建5所')).toEqual([
      ['少于3所', 'at-most', 3],
      ['5所', 'exact', 5],
    ]);
  });

  it('reads a range by its own ends, leaving a qualifier before it out of its span', () => {
    expect(one('约15至20所')).toMatchObject({ comparison: 'range', min: 15, max: 20, printed: '15至20所' });
  });

  it('takes no count from numerals that are not a number (三五个, a few)', () => {
    expect(findFigures('组织三五个学生', { chinese: true })).toEqual([]);
  });

  it('drops a pair whose ends are not in order, or equal: it is no range', () => {
    expect(findFigures('编号6-4所')).toEqual([]);
    expect(findFigures('每组3—3名')).toEqual([]);
  });

  it('drops a digit run that continues a longer token', () => {
    expect(findFigures('接入K12个性化平台，PM2.5个')).toEqual([]);
  });

  it('lists Arabic and Chinese figures of one sentence in text order, and reads 万 in Chinese numerals', () => {
    expect(read('举办三届论坛，新建5所，接待两万人', { chinese: true })).toEqual([
      ['三届', 'exact', 3],
      ['5所', 'exact', 5],
      ['两万人', 'exact', 20000],
    ]);
    expect(['万', '十万', '三十五万', '两万五千'].map(parseChineseNumeral)).toEqual([10000, 100000, 350000, 25000]);
  });
});

describe('numbersIn', () => {
  it('returns every number printed, in Arabic digits or Chinese numerals, and no word that only looks like one', () => {
    expect(numbersIn('新建一所、举办三届、４％，三五成群').sort((a, b) => a - b)).toEqual([1, 3, 4]);
  });
});
