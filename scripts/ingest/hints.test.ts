import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../src/schemas/corrections.ts';
import { ingestDocument, type SourceFiles } from './index.ts';
import { readRegions } from './read-meta.ts';
import { readSourceFolder } from './read-source.ts';
import { badSource as files, fixtureMeta, fixtureRegions } from './test-support.ts';

const run = (f: SourceFiles) => () => ingestDocument(f, fixtureRegions);
const withBlocks = (blocks: unknown[], extra: Record<string, unknown> = {}) =>
  fixtureMeta({ format: 'line-paragraphs', spacing: 'extraction', blocks, ...extra });
const text = '测试区工作方案\n来源：测试网\n一、总则\n推进开放。\n测试区工作方案汇编\n';

describe('layout hints name their text', () => {
  it('find their lines wherever the text now stands', () => {
    const meta = withBlocks([{ match: '测试区工作方案', occurrence: 1, as: 'title' }, { match: '来源：', as: 'masthead' }]);
    const doc = ingestDocument(files(`\n\n${text}`, meta), fixtureRegions);
    expect(doc.clauses.slice(0, 2).map((c) => [c.id, c.line])).toEqual([
      ['title', 3],
      ['m1', 4],
    ]);
  });

  it('a paragraph declared as such is text, even when it opens like a number', () => {
    const body = '一、二年级开设外语兴趣课。';
    const meta = withBlocks([{ match: body, as: 'paragraph' }]);
    const doc = ingestDocument(files(`一、课程
${body}
`, meta), fixtureRegions);
    expect(doc.clauses.map((c) => [c.id, c.kind])).toEqual([
      ['p1', 'part'],
      ['p1-q1', 'paragraph'],
    ]);
  });

  it('a hint that matches nothing names the hint', () => {
    const meta = withBlocks([{ match: '统筹联动', as: 'heading', id: 'tongchou', label: '统筹联动' }]);
    expect(run(files(text, meta))).toThrow(/^sources\/bad\/meta\.json:\d+: layout\.blocks\[0\] \{"match": "统筹联动"\} matches nothing at the start of a line in sources\/bad\/text\.txt$/);
  });

  it('text in the middle of a line is not an opening', () => {
    expect(run(files(text, withBlocks([{ match: '推进开放', as: 'paragraph' }])))).not.toThrow();
    expect(run(files(text, withBlocks([{ match: '开放', as: 'paragraph' }])))).toThrow(/matches nothing at the start of a line/);
  });

  it('a hint that matches more than once lists the lines', () => {
    const meta = withBlocks([{ match: '测试区工作方案', as: 'title' }]);
    expect(run(files(text, meta))).toThrow(/layout\.blocks\[0\] \{"match": "测试区工作方案"\} matches 2 times \(sources\/bad\/text\.txt:1, 5\): quote more of the text, or add "occurrence"$/);
  });

  it('two hints that share a line name each other', () => {
    const meta = withBlocks([{ from: '测试区工作方案来源', to: '来源：测试网', as: 'masthead' }, { match: '来源：', as: 'masthead' }]);
    expect(run(files(text, meta))).toThrow(/layout\.blocks\[1\] \{"match": "来源："\} overlaps layout\.blocks\[0\] \{"from": "测试区工作方案来源", "to": "来源：测试网"\} at sources\/bad\/text\.txt:2$/);
  });

  it('a "to" that ends no line after "from"', () => {
    const meta = withBlocks([{ from: '来源：', to: '测试区', as: 'masthead' }]);
    expect(run(files(text, meta))).toThrow(/layout\.blocks\[0\] .* finds no line ending with its "to" text from sources\/bad\/text\.txt:2 on$/);
  });

  it('a pattern that is not a regular expression', () => {
    expect(run(files(text, withBlocks([{ pattern: '(第', as: 'masthead' }])))).toThrow(/layout\.blocks\[0\] \{"pattern": "\(第"\} is not a valid regular expression/);
  });

  it('a hint with no text, or two ways of naming it, or old line numbers', () => {
    expect(run(files(text, withBlocks([{ as: 'title' }])))).toThrow(/layout\.blocks\.0: name the text in exactly one way/);
    expect(run(files(text, withBlocks([{ match: '来源', pattern: '^来源', as: 'title' }])))).toThrow(/name the text in exactly one way/);
    expect(run(files(text, withBlocks([{ lines: [1, 1], as: 'title' }])))).toThrow(/layout\.blocks\.0\.lines: line ranges are no longer read: name the text/);
  });

  it('a notice says whether it prints a title, and the blocks must agree', () => {
    const notice = { from: '测试区工作方案来源', to: '来源：测试网' };
    expect(run(files(text, withBlocks([], { notice })))).toThrow(/layout\.notice .* has no "notice-title" block inside it: declare its title, or set "printedTitle": false/);
    const untitled = withBlocks([{ match: '测试区工作方案', occurrence: 1, as: 'notice-title' }], { notice: { ...notice, printedTitle: false } });
    expect(run(files(text, untitled))).toThrow(/says "printedTitle": false, but a "notice-title" block is declared/);
  });
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const regions = readRegions(readFileSync(join(root, 'sources', 'regions.json'), 'utf8'), 'sources/regions.json');
const sourceIds = readdirSync(join(root, 'sources'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Corrections still point at line numbers: move them down with the text. */
function shiftCorrections(json: string | undefined, by: number): string | undefined {
  if (json === undefined) return undefined;
  const shift = (c: Correction): Correction => {
    switch (c.op) {
      case 'move':
        return { ...c, lines: [c.lines[0] + by, c.lines[1] + by], before: c.before + by };
      case 'join':
        return { ...c, line: c.line + by, onto: c.onto + by };
      case 'join-items':
        return { ...c, lines: [c.lines[0] + by, c.lines[1] + by] };
      case 'replace':
        return { ...c, line: c.line + by };
    }
  };
  return JSON.stringify((JSON.parse(json) as Correction[]).map(shift));
}

describe('every source: a line added at the top moves no anchor', () => {
  it.each(sourceIds)('%s', (id) => {
    const source = readSourceFolder(id, join(root, 'sources', id), `sources/${id}`);
    const before = ingestDocument(source, regions).clauses;
    const after = ingestDocument({ ...source, text: `\n${source.text}`, corrections: shiftCorrections(source.corrections, 1) }, regions).clauses;
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after.map((c) => c.line)).toEqual(before.map((c) => c.line + 1));
  });
});
