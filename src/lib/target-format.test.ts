import { describe, expect, it } from 'vitest';
import { formatFigure, formatFigureEn } from './target-format.ts';

const fig = (comparison: 'exact' | 'at-least' | 'at-most' | 'about' | 'range', unit: string, value: number | null, min: number | null = null, max: number | null = null) => ({ comparison, unit, value, min, max });

describe('figures in English', () => {
  it('say the comparison in words and drop measure words the indicator already names', () => {
    expect(formatFigureEn(fig('at-least', '所', 50))).toBe('at least 50');
    expect(formatFigureEn(fig('exact', '%', 92.38))).toBe('92.38%');
    expect(formatFigureEn(fig('range', '个', null, 2, 3))).toBe('2–3');
    expect(formatFigureEn(fig('about', '所', 2))).toBe('about 2');
  });

  it('keep units that change what is counted, and scale 万', () => {
    expect(formatFigureEn(fig('exact', '对', 88))).toBe('88 pairs');
    expect(formatFigureEn(fig('exact', '万人', 1.2))).toBe('12,000 people');
    expect(formatFigureEn(fig('range', '万人', null, 1, 2))).toBe('10,000–20,000 people');
  });

  it('put the unit in the singular for one, after scaling', () => {
    expect(formatFigureEn(fig('at-least', '小时', 1))).toBe('at least 1 hour');
    expect(formatFigureEn(fig('at-least', '小时', 2))).toBe('at least 2 hours');
    expect(formatFigureEn(fig('exact', '名', 1))).toBe('1 person');
    expect(formatFigureEn(fig('range', '次', null, 1, 2))).toBe('1–2 times');
    expect(formatFigureEn(fig('exact', '万人', 1))).toBe('10,000 people');
    expect(formatFigureEn(fig('exact', '万人', 0.0001))).toBe('1 person');
    expect(formatFigureEn(fig('exact', '%', 1))).toBe('1%');
  });

  it('keep a unit with no English as printed rather than drop it', () => {
    expect(formatFigureEn(fig('exact', '艘', 3))).toBe('3 艘');
    expect(formatFigure(fig('at-least', '所', 50))).toBe('不少于50所');
  });
});
