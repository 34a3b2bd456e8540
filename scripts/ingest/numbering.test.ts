import { describe, expect, it } from 'vitest';
import { isHeadingOnly, readNumbering } from './numbering.ts';

describe('readNumbering', () => {
  it.each([
    ['一、总体要求', 'part', '一、', 1],
    ['十三、加强组织实施', 'part', '十三、', 13],
    ['（四十二）增强影响力。', 'section', '（四十二）', 42],
    ['(三)总体目标', 'section', '(三)', 3],
    ['１.全面落实', 'item', '１.', 1],
    ['28.建设数据库。', 'item', '28.', 28],
    ['3．突出重点', 'item', '3．', 3],
    ['⒋推进合作', 'item', '⒋', 4],
    ['7、加强保障', 'item-comma', '7、', 7],
    ['１２、加强保障', 'item-comma', '１２、', 12],
    ['（3）开展交流', 'subitem', '（3）', 3],
    ['(11)开展交流', 'subitem', '(11)', 11],
    ['⑸开展交流', 'subitem', '⑸', 5],
    ['③建立机制', 'circled', '③', 3],
    ['㉑建立机制', 'circled', '㉑', 21],
    ['❷建立机制', 'circled', '❷', 2],
    ['B.职业教育', 'letter', 'B.', 2],
    ['c、职业教育', 'letter', 'c、', 3],
    ['（d）职业教育', 'letter-paren', '（d）', 4],
    ['第三章总则', 'chapter', '第三章', 3],
    ['第十二条为加强管理', 'article', '第十二条', 12],
    ['第5条为加强管理', 'article', '第5条', 5],
    ['——体系更加完善。', 'lead', '——', 0],
  ])('%s', (text, style, printed, value) => {
    expect(readNumbering(text)).toEqual({ style, printed, value });
  });

  it('does not read values, years, ranges or abbreviations as numbering', () => {
    expect(readNumbering('4.3万人')).toBeUndefined();
    expect(readNumbering('2019年5月')).toBeUndefined();
    expect(readNumbering('3、4月份开展')).toBeUndefined();
    expect(readNumbering('U.S.高校')).toBeUndefined();
    expect(readNumbering('(2020年)')).toBeUndefined();
    expect(readNumbering('（一带一路）')).toBeUndefined();
    expect(readNumbering('第三方评估')).toBeUndefined();
    expect(readNumbering('———')).toBeUndefined();
  });

  it('reads the first and last character of every circled and parenthesised range', () => {
    const values = (chars: string) => [...chars].map((ch) => readNumbering(`${ch}建立机制`)?.value);
    expect(values('①⑳㉑㉟㊱㊿')).toEqual([1, 20, 21, 35, 36, 50]);
    expect(values('❶❿⓫⓴')).toEqual([1, 10, 11, 20]);
    expect(values('⑴⒇')).toEqual([1, 20]);
    expect(values('⒈⒛')).toEqual([1, 20]);
  });

  it('reads a circled number only where it opens the paragraph', () => {
    expect(readNumbering('见附表①所列项目')).toBeUndefined();
  });

  it('reads a number it cannot make sense of as NaN, for the structure stage to report', () => {
    expect(readNumbering('（三二）保障')).toEqual({ style: 'section', printed: '（三二）', value: NaN });
  });
});

describe('isHeadingOnly', () => {
  it('is true for a numbered line with one sentence at most, false for a numbered paragraph or an unnumbered line', () => {
    expect(isHeadingOnly('一、总体要求')).toBe(true);
    expect(isHeadingOnly('（三）扩大开放。')).toBe(true);
    expect(isHeadingOnly('（三）扩大开放。推进合作办学，引进优质资源。')).toBe(false);
    expect(isHeadingOnly('总体要求')).toBe(false);
  });
});
