import { describe, expect, it } from 'vitest';
import { Layout } from '../../src/schemas/document.ts';
import { joinParts, renumberPart, splitParts } from './recombine.ts';

const text = ['标题', '[bookmark: _Toc1]一、总体要求', '正文一', '二、重点任务', '（一）节', '1.条', '附件', '附件正文'].join('\n');
const layout = Layout.parse({
  format: 'line-paragraphs',
  spacing: 'extraction',
  blocks: [
    { match: '标题', as: 'title' },
    { pattern: '^附件$', as: 'heading', id: 'annex', label: '附件' },
  ],
});

describe('recombining numbered parts', () => {
  it('splits a text into prefix, parts and the suffix that starts at the first declared block after the parts', () => {
    expect(splitParts(text, layout)).toEqual({
      prefix: ['标题'],
      parts: [['[bookmark: _Toc1]一、总体要求', '正文一'], ['二、重点任务', '（一）节', '1.条']],
      suffix: ['附件', '附件正文'],
    });
  });

  it('renumbers part headings behind Word bookmarks', () => {
    expect(renumberPart(['[bookmark: _Toc1]一、总体要求', '正文'], 12)).toEqual(['[bookmark: _Toc1]十二、总体要求', '正文']);
  });

  it('joins parts in a new order, numbered from one; the hints still name the suffix blocks', () => {
    const split = splitParts(text, layout)!;
    const extra = ['三、保障措施', '正文三', '正文四'];
    const joined = joinParts(split, layout, [split.parts[1]!, extra, split.parts[0]!]);
    expect(joined.text.split('\n')).toEqual(['标题', '一、重点任务', '（一）节', '1.条', '二、保障措施', '正文三', '正文四', '[bookmark: _Toc1]三、总体要求', '正文一', '附件', '附件正文']);
    expect(joined.layout).toEqual(layout);
  });

  it('refuses texts whose declared blocks would be cut off by a move', () => {
    expect(splitParts(text, { ...layout, blocks: [{ from: '标题', to: '正文一', as: 'paragraph' }] })).toBeUndefined();
    expect(splitParts('没有编号的段落', layout)).toBeUndefined();
  });
});
