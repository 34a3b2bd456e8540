import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestAll } from '../ingest.ts';
import { decodeUtf8 } from './check-text.ts';
import { ingestDocument, type SourceFiles } from './index.ts';
import { readSourceFolder } from './read-source.ts';
import { badSource as files, fixtureMeta, fixtureRegions } from './test-support.ts';

const run = (f: SourceFiles) => () => ingestDocument(f, fixtureRegions);
const layout = (extra: Record<string, unknown>) => fixtureMeta({ format: 'line-paragraphs', spacing: 'extraction', ...extra });

describe('a text that is not what was received fails with file and line', () => {
  it('bytes that are not UTF-8 (a GBK text) name the line and byte offset', () => {
    // 一、总则 in UTF-8, a newline, then 教育 in GBK (BD CC D3 FD).
    const bytes = new Uint8Array([...new TextEncoder().encode('一、总则\n'), 0xbd, 0xcc, 0xd3, 0xfd, 0x0a]);
    expect(() => decodeUtf8(bytes, 'sources/bad/text.txt')).toThrow(/^sources\/bad\/text\.txt:2: not UTF-8: byte 0xBD at offset 13/);
  });

  it('a U+FFFD that was in the file is a character, and the first bad byte after it is found', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('一\ufffd二\n三'), 0xff]);
    expect(() => decodeUtf8(bytes, 'x.txt')).toThrow(/^x\.txt:2: not UTF-8: byte 0xFF at offset 13/);
    expect(decodeUtf8(new TextEncoder().encode('一、总则'), 'x.txt')).toBe('一、总则');
  });

  it('U+FFFD in the text (characters lost before it reached us) names the line', () => {
    expect(run(files('一、总则\n推进\ufffd\ufffd开放。\n'))).toThrow(/^sources\/bad\/text\.txt:2: U\+FFFD .* at column 3/);
  });

  it('an empty or whitespace-only text', () => {
    expect(run(files(''))).toThrow(/^sources\/bad\/text\.txt: the text is empty/);
    expect(run(files(' \n\t\n　\n'))).toThrow(/^sources\/bad\/text\.txt: the text is empty/);
  });

  it('a sources folder without regions.json names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duidu-sources-'));
    expect(() => ingestAll(dir)).toThrow(/^sources\/regions\.json: missing/);
  });

  it('a source folder without text.txt or meta.json names the missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duidu-source-'));
    mkdirSync(join(dir, 'half'));
    writeFileSync(join(dir, 'half', 'meta.json'), '{}');
    expect(() => readSourceFolder('half', join(dir, 'half'), 'sources/half')).toThrow(/^sources\/half\/text\.txt: missing/);
    writeFileSync(join(dir, 'half', 'text.txt'), '一、总则\n');
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other', 'text.txt'), '一、总则\n');
    expect(() => readSourceFolder('other', join(dir, 'other'), 'sources/other')).toThrow(/^sources\/other\/meta\.json: missing/);
    expect(readSourceFolder('half', join(dir, 'half'), 'sources/half').text).toBe('一、总则\n');
  });
});

describe('metadata that contradicts itself fails with the field', () => {
  it('a period or date that fits none of its forms names the field inside it, or the forms it takes, and its line', () => {
    const at = (meta: Record<string, unknown>, key: string) => JSON.stringify(meta, null, 2).split('\n').findIndex((l) => l.includes(`"${key}"`)) + 1;
    const half = { ...fixtureMeta(), period: { start: 2019 } };
    expect(run(files('一、总则\n', half))).toThrow(new RegExp(`^sources/bad/meta\\.json:${at(half, 'period')}: period\\.end: required field is missing`));
    const fraction = { ...fixtureMeta(), period: { start: 2019.5, end: 2021 } };
    expect(run(files('一、总则\n', fraction))).toThrow(new RegExp(`^sources/bad/meta\\.json:${at(fraction, 'start')}: period\\.start: Invalid input: expected int`));
    const text = { ...fixtureMeta(), period: '2019-2021' };
    expect(run(files('一、总则\n', text))).toThrow(new RegExp(`^sources/bad/meta\\.json:${at(text, 'period')}: period: expected object or null or "unknown"$`));
    const issued = { ...fixtureMeta(), issued: { date: '2020-01-02' } };
    expect(run(files('一、总则\n', issued))).toThrow(new RegExp(`^sources/bad/meta\\.json:\\d+: issued\\.precision: required field is missing`));
  });

  it('a period that ends before it starts names period.start and its line', () => {
    const meta = { ...fixtureMeta(), period: { start: 2025, end: 2021 } };
    const line = JSON.stringify(meta, null, 2).split('\n').findIndex((l) => l.includes('"start"')) + 1;
    expect(run(files('一、总则\n', meta))).toThrow(new RegExp(`^sources/bad/meta\\.json:${line}: period\\.start \\(2025\\) is after period\\.end \\(2021\\)`));
  });
});

describe('numbering that cannot be read fails with file and line', () => {
  it('a number that is not a numeral', () => {
    expect(run(files('一、总则\n（三二）保障\n'))).toThrow(/^sources\/bad\/text\.txt:2: cannot read the number in "（三二）"$/);
    expect(run(files('一、总则\n（十十）附则\n'))).toThrow(/^sources\/bad\/text\.txt:2: cannot read the number in "（十十）"$/);
  });

  it('a style the document’s declared numbering leaves out', () => {
    const meta = layout({ numbering: ['part', 'section'] });
    expect(run(files('一、总则\n（一）目标\n①建设\n', meta))).toThrow(/^sources\/bad\/text\.txt:3: "①" \(circled\) is not in meta\.json layout\.numbering/);
  });

  it('a style listed twice in the declared numbering', () => {
    const meta = layout({ numbering: ['part', 'section', ['item', 'section']] });
    expect(run(files('一、总则\n', meta))).toThrow(/^sources\/bad\/meta\.json:\d+: layout\.numbering: a style \(or "heading"\) is listed twice/);
  });

  it('the same number twice under one parent, in any style', () => {
    expect(run(files('一、总则\n①目标\n②任务\n②保障\n'))).toThrow(/^sources\/bad\/text\.txt:4: duplicate clause id "p1-o2" \(first at line 3\)/);
  });
});

describe('一是…二是… inside a paragraph', () => {
  it('stay one clause, text untouched, and are reported at their line', () => {
    const body = '存在不足：一是数量偏少；二是质量不高。统一是目标。';
    const doc = ingestDocument(files(`一、现状\n${body}\n`), fixtureRegions);
    expect(doc.clauses.map((c) => c.text)).toEqual(['一、现状', body]);
    expect(doc.review).toEqual([expect.objectContaining({ file: 'sources/bad/text.txt', line: 2, kind: 'inline-enumeration', decision: expect.stringMatching(/^一是…二是 enumerate inside p1-q1/) })]);
  });
});
