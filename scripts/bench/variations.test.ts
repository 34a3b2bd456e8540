import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentMeta, Layout } from '../../src/schemas/document.ts';
import { missingSegments } from '../ingest/fidelity.ts';
import { ingestDocument } from '../ingest/index.ts';
import { readCorpus } from './source-files.ts';
import { FULL_WIDTH, HALF_BRACKETS, printNumber, renumber, rewriteQuoted, TRADITIONAL } from './variations.ts';

const layout = (extra: object = {}) => Layout.parse({ format: 'line-paragraphs', spacing: 'extraction', ...extra });
const text = ['标题', '一、总体要求', '（一）指导思想', '（二）基本原则', '1.服务大局。', '2.注重统筹。', '二、重点任务', '（一）扩大开放', '一、二年级开设外语课。'].join('\n');
const hinted = layout({ blocks: [{ match: '一、二年级', as: 'paragraph' }] });

describe('renumbering', () => {
  it('prints parts as chapters and sections as articles counted on through the text', () => {
    const out = renumber(text, hinted, { part: 'chapter', section: 'article' })!;
    expect(out.text.split('\n')).toEqual(['标题', '第一章总体要求', '第一条指导思想', '第二条基本原则', '1.服务大局。', '2.注重统筹。', '第二章重点任务', '第三条扩大开放', '一、二年级开设外语课。']);
    expect(out.applied).toEqual({ part: 'chapter', section: 'article' });
  });

  it('starts sections numbered on across parts again in each part once they are printed as items', () => {
    const continuous = text.replace('（一）扩大开放', '（三）扩大开放');
    const out = renumber(continuous, layout({ continuousSections: true, blocks: hinted.blocks }), { section: 'item-comma', item: 'subitem' })!;
    expect(out.text.split('\n').slice(1)).toEqual(['一、总体要求', '1、指导思想', '2、基本原则', '（1）服务大局。', '（2）注重统筹。', '二、重点任务', '1、扩大开放', '一、二年级开设外语课。']);
    expect(out.layout.continuousSections).toBe(false);
  });

  it('leaves declared lines alone, and refuses schemes that change nothing, collide, or run out of signs', () => {
    expect(renumber(text, hinted, { part: 'chapter' })!.text).toContain('\n一、二年级开设外语课。');
    expect(renumber(text, hinted, { subitem: 'circled' })).toBeUndefined();
    expect(renumber(text, hinted, { part: 'section' })).toBeUndefined();
    const long = ['一、任务', ...Array.from({ length: 51 }, (_v, i) => `${i + 1}.事项。`)].join('\n');
    expect(renumber(long, layout(), { item: 'circled' })).toBeUndefined();
    expect(printNumber('circled', 50)).toBe('㊿');
    expect(printNumber('letter-paren', 27)).toBeUndefined();
  });
});

describe('character rewrites', () => {
  it('full width: years, percentages and capitals, never bookmarks or an item number at the start of a line', () => {
    expect(FULL_WIDTH.text('[bookmark: _Toc12]1.到2025年达到92.38%，开设STEM课程')).toBe('[bookmark: _Toc12]1.到２０２５年达到９２．３８％，开设ＳＴＥＭ课程');
    expect(FULL_WIDTH.text('2025年目标')).toBe('2025年目标');
  });

  it('half-width brackets, escaped where a hint is a pattern', () => {
    expect(HALF_BRACKETS.text('（一）国（境）外')).toBe('(一)国(境)外');
    expect(new RegExp(HALF_BRACKETS.pattern('^（一）$')).test('(一)')).toBe(true);
  });

  const real = readCorpus(fileURLToPath(new URL('../../sources', import.meta.url)));
  const ingest = (id: string, text: string, meta: DocumentMeta, corrections: string | undefined) =>
    ingestDocument({ id, dir: `sources/${id}`, text, meta: JSON.stringify(meta), corrections }, real.regions);

  it.each([
    ['traditional', TRADITIONAL],
    ['full width', FULL_WIDTH],
    ['half-width brackets', HALF_BRACKETS],
  ] as const)('%s: every source reads as the same clauses, and keeps its rewritten text character for character', (_name, rewrite) => {
    for (const s of real.sources) {
      const meta = DocumentMeta.parse(JSON.parse(s.meta));
      const before = ingest(s.id, s.text, meta, s.corrections);
      const text = rewrite.text(s.text);
      const after = ingest(s.id, text, rewriteQuoted(meta, rewrite), s.corrections);
      expect(after.clauses.map((c) => `${c.id} ${c.kind}`), s.id).toEqual(before.clauses.map((c) => `${c.id} ${c.kind}`));
      expect(after.frontmatter.title).toBe(rewrite.text(meta.title));
      expect(missingSegments(text, after.clauses.map((c) => [c.text, ...(c.cells ?? [])].join('\n')).join('\n')), s.id).toEqual([]);
    }
  });
});
