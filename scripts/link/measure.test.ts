import { describe, expect, it } from 'vitest';
import type { Theme, ThemesGolden } from '../../src/schemas/theme.ts';
import { measureLinks } from './measure.ts';
import { readGolden } from './read-golden.ts';

const theme = (id: string): Theme => ({ id, name: id, nameEn: id, group: 'opening', description: 'd', descriptionEn: 'd', terms: [id], exclude: [], related: [] });
const judged = (...documents: string[]) => documents.map((document) => ({ document, by: '编辑', on: '2026-01-02' }));

describe('measuring the linker against the golden set', () => {
  const golden: ThemesGolden = { judged: judged('a'), themes: { sister: { a: ['q1', 'q2'] }, luban: {} } };

  it('counts hits, misses and false links in judged documents only', () => {
    const index = { sister: { a: ['q1', 'q3'], new: ['q1', 'q2', 'q3'] }, luban: { new: ['q9'] } };
    const s = measureLinks(index, golden, ['sister', 'luban'], ['a', 'new']);
    expect(s.rows).toEqual([
      { theme: 'sister', tp: 1, fp: 1, fn: 1 },
      { theme: 'luban', tp: 0, fp: 0, fn: 0 },
    ]);
    expect([s.precision, s.recall, s.judgedLinks]).toEqual([0.5, 0.5, 2]);
    expect(s.judged).toEqual(['a']);
    expect(s.notJudged).toEqual(['new']);
  });

  it('a sixth, unjudged document leaves the score as it was', () => {
    const before = measureLinks({ sister: { a: ['q1', 'q2'] } }, golden, ['sister'], ['a']);
    const after = measureLinks({ sister: { a: ['q1', 'q2'], f: Array.from({ length: 190 }, (_, i) => `q${i}`) } }, golden, ['sister'], ['a', 'f']);
    expect([after.precision, after.recall]).toEqual([before.precision, before.recall]);
  });
});

describe('reading the golden set', () => {
  const themes = [theme('sister')];
  const text = (g: unknown) => JSON.stringify(g, null, 2);

  it('accepts a set whose entries are all judged documents', () => {
    expect(readGolden(text({ judged: judged('a'), themes: { sister: { a: ['q1'] } } }), themes, ['a', 'b']).judged).toHaveLength(1);
  });

  it('rejects clauses judged in a document not listed as judged, naming the line', () => {
    const t = text({ judged: judged('a'), themes: { sister: { b: ['q1'] } } });
    const line = t.split('\n').findIndex((l) => l.includes('"b"')) + 1;
    expect(() => readGolden(t, themes, ['a', 'b'])).toThrow(`content/themes-golden.json:${line}: "b" is not in "judged"`);
  });

  it('rejects a judged document that is not in the corpus, and a theme with no entry', () => {
    expect(() => readGolden(text({ judged: judged('gone'), themes: { sister: {} } }), themes, ['a'])).toThrow(/judged document "gone" is not in sources\//);
    expect(() => readGolden(text({ judged: judged('a'), themes: {} }), themes, ['a'])).toThrow(/theme "sister" has no entry/);
  });
});
