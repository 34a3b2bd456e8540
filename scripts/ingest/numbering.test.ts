import { describe, expect, it } from 'vitest';
import { chineseToNumber, numberToChinese, readNumbering } from './numbering.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十三', 13],
    ['二十', 20],
    ['四十三', 43],
    ['一百零二', 102],
  ])('%s is %i and back', (cn, n) => {
    expect(chineseToNumber(cn)).toBe(n);
    expect(numberToChinese(n)).toBe(cn);
  });

  it('rejects what is not a numeral', () => {
    expect(chineseToNumber('一一')).toBeNaN();
    expect(chineseToNumber('甲')).toBeNaN();
  });
});

describe('readNumbering', () => {
  it.each([
    ['一、总体要求', 'part', '一、', 1],
    ['十三、加强组织实施', 'part', '十三、', 13],
    ['（四十二）增强影响力。', 'section', '（四十二）', 42],
    ['(三)总体目标', 'section', '(三)', 3],
    ['１.全面落实', 'item', '１.', 1],
    ['28.建设数据库。', 'item', '28.', 28],
    ['3．突出重点', 'item', '3．', 3],
    ['——体系更加完善。', 'lead', '——', 0],
  ])('%s', (text, kind, printed, value) => {
    expect(readNumbering(text)).toEqual({ kind, printed, value });
  });

  it('does not read values or years as numbering', () => {
    expect(readNumbering('4.3万人')).toBeUndefined();
    expect(readNumbering('2019年5月')).toBeUndefined();
    expect(readNumbering('———')).toBeUndefined();
  });
});
