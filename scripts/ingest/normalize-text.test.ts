import { describe, expect, it } from 'vitest';
import { endsSentence, normalizeSpaces, splitSentences } from './normalize-text.ts';

describe('normalizeSpaces', () => {
  it('drops extraction spaces next to Chinese', () => {
    expect(normalizeSpaces(' 到 2021 年，缔结 60 个幼儿 园', 'extraction')).toBe('到2021年，缔结60个幼儿园');
    expect(normalizeSpaces('来源：\u00a0发布时间', 'extraction')).toBe('来源：发布时间');
  });

  it('keeps spaces between Latin words', () => {
    expect(normalizeSpaces('Hong  Kong', 'extraction')).toBe('Hong Kong');
  });

  it('keeps deliberate spaces in typographic text, collapsed', () => {
    expect(normalizeSpaces('人文渝中 尚品教育  ', 'typographic')).toBe('人文渝中 尚品教育');
    expect(normalizeSpaces('李佳佳  陈锐', 'typographic')).toBe('李佳佳 陈锐');
  });
});

describe('sentences', () => {
  it('knows a finished sentence', () => {
    expect(endsSentence('提出如下意见。')).toBe(true);
    expect(endsSentence('“全国一流教育强区”。”')).toBe(true);
    expect(endsSentence('加强市委教育工作领导小组对全市')).toBe(false);
  });

  it('splits after final marks, keeping closing quotes', () => {
    expect(splitSentences('完善机制。健全体系！“双减”见效。”余下')).toEqual(['完善机制。', '健全体系！', '“双减”见效。”', '余下']);
  });
});
