import { describe, expect, it } from 'vitest';
import { excerptAround, phraseSpans, pieceSpans } from './highlight.ts';

const marked = (text: string, spans: readonly (readonly [number, number])[]) => spans.map(([a, b]) => text.slice(a, b));

describe('a phrase is found whole', () => {
  it('国际学校 is not in 国际化学校, and is in 渝中国际学校', () => {
    expect(phraseSpans('实施国际化学校建设计划', '国际学校')).toEqual([]);
    expect(marked('推进渝中国际学校（国际部）', phraseSpans('推进渝中国际学校（国际部）', '国际学校'))).toEqual(['国际学校']);
  });
  it('compares folded and marks the characters as printed', () => {
    const text = '拓展国（境）外合作与ＡＩ教育';
    expect(marked(text, phraseSpans(text, '国(境)外'))).toEqual(['国（境）外']);
    expect(marked(text, phraseSpans(text, 'ai'))).toEqual(['ＡＩ']);
  });
});

describe('partial matches mark runs of the query', () => {
  it('国际学校 in 国际化学校 marks 国际 and 学校, never 化学', () => {
    const text = '实施国际化学校建设计划';
    expect(marked(text, pieceSpans(text, '国际学校'))).toEqual(['国际', '学校']);
  });
  it('a run is as long as it can be', () => {
    const text = '埃及“鲁班工坊”项目';
    expect(marked(text, pieceSpans(text, '鲁斑工坊'))).toEqual(['工坊']);
    expect(marked(text, pieceSpans(text, '鲁班工坊'))).toEqual(['鲁班工坊']);
  });
});

describe('excerpts', () => {
  it('mark the whole phrase as one piece, with the text around it', () => {
    const text = '建设“鲁班工坊”等形式拓展境外办学';
    const pieces = excerptAround(text, phraseSpans(text, '鲁班工坊'));
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['鲁班工坊']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
  it('show the part of a long clause where the match is, with ellipses', () => {
    const text = `${'甲'.repeat(200)}鲁班工坊${'乙'.repeat(200)}`;
    const pieces = excerptAround(text, phraseSpans(text, '鲁班工坊'), 60);
    const shown = pieces.map((p) => p.text).join('');
    expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true);
    expect(shown).toContain('鲁班工坊');
    expect(shown.length).toBeLessThanOrEqual(62);
  });
  it('join neighbouring marks: a phrase reads as one mark', () => {
    expect(excerptAround('鲁班工坊', [[0, 2], [2, 3], [3, 4]]).filter((p) => p.mark)).toEqual([{ text: '鲁班工坊', mark: true }]);
  });
});
