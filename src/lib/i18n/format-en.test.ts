import { describe, expect, it } from 'vitest';
import { countEn, formatDateEn } from './format-en.ts';

describe('countEn', () => {
  it('puts the noun in the singular for one only', () => {
    expect(countEn(1, 'clause')).toBe('1 clause');
    expect(countEn(0, 'clause')).toBe('0 clauses');
    expect(countEn(2, 'document')).toBe('2 documents');
  });

  it('takes an irregular plural', () => {
    expect(countEn(1, 'city', 'cities')).toBe('1 city');
    expect(countEn(3, 'city', 'cities')).toBe('3 cities');
  });
});

describe('formatDateEn', () => {
  it('writes a day, a month or a year alone', () => {
    expect(formatDateEn('2019-05-30')).toBe('30 May 2019');
    expect(formatDateEn('2024-12')).toBe('December 2024');
    expect(formatDateEn('2021')).toBe('2021');
  });

  it('names every month', () => {
    const names = 'January February March April May June July August September October November December'.split(' ');
    names.forEach((name, i) => expect(formatDateEn(`2020-${String(i + 1).padStart(2, '0')}-01`)).toBe(`1 ${name} 2020`));
  });
});
