import { describe, expect, it } from 'vitest';
import { chineseToNumber, numberToChinese } from './chinese-numerals.ts';

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
    expect(chineseToNumber('三二')).toBeNaN();
    expect(chineseToNumber('十十')).toBeNaN();
    expect(chineseToNumber('甲')).toBeNaN();
  });
});
