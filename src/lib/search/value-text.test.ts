import { describe, expect, it } from 'vitest';
import { valueText } from './value-text.ts';

const value = (label: string, labelEn: string) => ({ value: label, label, labelEn, count: 3 });

describe('a filter value as an edition reads it', () => {
  it('is its Chinese in the Chinese edition and its English in the English one', () => {
    expect(valueText(value('渝中区', 'Yuzhong District'), false)).toEqual({ text: '渝中区' });
    expect(valueText(value('渝中区', 'Yuzhong District'), true)).toEqual({ text: 'Yuzhong District' });
  });

  it('marks a Chinese name the English edition keeps as Chinese, and nothing else', () => {
    expect(valueText(value('某某县', '某某县'), true)).toEqual({ text: '某某县', lang: 'zh-CN' });
    expect(valueText(value('2021', '2021'), true)).toEqual({ text: '2021' });
    expect(valueText(value('某某县', '某某县'), false)).toEqual({ text: '某某县' });
  });
});
