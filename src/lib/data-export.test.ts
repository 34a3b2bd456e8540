import { describe, expect, it } from 'vitest';
import { BOM, csvField, exportClauses, exportThemes, targetColumns, targetsCsv, toCsv, unsourcedTargets } from './data-export.ts';
import { TargetRecord } from '../schemas/target.ts';
import { record } from './charts/fixtures.test-data.ts';
import type { Clause } from '../schemas/clause.ts';

describe('CSV', () => {
  it('quotes fields under RFC 4180', () => {
    expect(csvField('plain 文本')).toBe('plain 文本');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(92.38)).toBe('92.38');
    expect(csvField(-1)).toBe('-1');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@a')).toBe("'@a");
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv(['a', 'b'], [[1, '不少于50所'], [null, 'x,y']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('a,b\r\n1,不少于50所\r\n,"x,y"\r\n');
  });

  it('writes every target field as a column, in schema order', () => {
    expect([...targetColumns]).toEqual(Object.keys(TargetRecord.shape));
    const r = record({ id: 'd/c/i', indicator: 'i', document: 'd', region: 'r', year: 2021, quote: '缔结海外友好学校60个，建成“孔子课堂”' });
    const [header, row] = targetsCsv([r]).slice(1).split('\r\n');
    expect(header!.split(',')).toEqual([...targetColumns]);
    expect(row).toContain(',缔结海外友好学校60个，建成“孔子课堂”,');
  });
});

describe('data files', () => {
  const clause = (id: string, text: string, parent: string | null = null): Clause => ({ id, label: id, kind: 'paragraph', parent, number: '', heading: '', text, line: 1 });
  const clauses = new Map([['d', [clause('p1', '缔结海外友好学校60个'), clause('p1-q1', '其他', 'p1')]]]);

  it('exports every clause with its themes, those it only mentions named apart', () => {
    const link = (theme: string, role: 'about' | 'mention') => ({ theme, spans: [[4, 8]] as [number, number][], role });
    const links = new Map([['d', { p1: { themes: [link('sister', 'about'), link('schools', 'mention')] } }]]);
    expect(exportClauses(['d'], clauses, links)).toEqual([
      { document: 'd', id: 'p1', label: 'p1', kind: 'paragraph', parent: null, text: '缔结海外友好学校60个', themes: ['sister', 'schools'], mentions: ['schools'] },
      { document: 'd', id: 'p1-q1', label: 'p1-q1', kind: 'paragraph', parent: 'p1', text: '其他', themes: [], mentions: [] },
    ]);
  });

  it('exports themes with their clauses', () => {
    const theme = { id: 'sister', name: '友好学校', nameEn: 'Sister schools', group: 'opening' as const, description: 'd', descriptionEn: 'd', terms: ['友好学校'], exclude: [], related: [], broader: [] };
    expect(exportThemes([theme], new Map([['sister', { d: ['p1'] }]]))[0]!.clauses).toEqual({ d: ['p1'] });
  });

  it('finds records whose quote is not in their clause', () => {
    const ok = record({ id: 'd/p1/i', indicator: 'i', document: 'd', region: 'r', year: 2021, clause: 'p1', quote: '友好学校60个' });
    const bad = { ...ok, id: 'd/p1/j', quote: '70个' };
    const lost = { ...ok, id: 'd/p9/i', clause: 'p9' };
    expect(unsourcedTargets([ok, bad, lost], clauses)).toEqual(['d/p1/j: quote not found in d#p1', 'd/p9/i: quote not found in d#p9']);
  });
});
