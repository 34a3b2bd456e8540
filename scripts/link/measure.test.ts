import { describe, expect, it } from 'vitest';
import type { Theme, ThemesGolden } from '../../src/schemas/theme.ts';
import type { DocumentLinks } from '../../src/schemas/links.ts';
import { measureLinks, precisionOf, recallOf } from './measure.ts';
import { readGolden } from './read-golden.ts';

const theme = (id: string): Theme => ({ id, name: id, nameEn: id, group: 'opening', description: 'd', descriptionEn: 'd', terms: [id], exclude: [], related: [], broader: [] });
const judged = (...documents: string[]) => documents.map((document) => ({ document, by: '编辑', on: '2026-01-02' }));

describe('measuring the linker against the golden set', () => {
  const golden: ThemesGolden = { judged: judged('a'), themes: { sister: { a: ['q1', 'q2'] }, luban: {} }, mentions: { sister: { a: ['q4'] } } };
  const link = (theme: string, role: 'about' | 'mention' = 'about') => ({ theme, spans: [[0, 1]] as [number, number][], role });
  const doc = (document: string, clauses: Record<string, ReturnType<typeof link>[]>): DocumentLinks => ({ document, clauses: Object.fromEntries(Object.entries(clauses).map(([id, themes]) => [id, { themes }])) });

  it('counts hits, misses and false links in judged documents only; a judged mention is a right link', () => {
    const links = [doc('a', { q1: [link('sister')], q3: [link('sister')], q4: [link('sister', 'mention')] }), doc('new', { q1: [link('sister')], q9: [link('luban')] })];
    const s = measureLinks(links, golden, ['sister', 'luban'], ['a', 'new']);
    expect(s.rows).toEqual([
      { theme: 'sister', tp: 2, fp: 1, fn: 1, about: 2, roleAgrees: 2 },
      { theme: 'luban', tp: 0, fp: 0, fn: 0, about: 0, roleAgrees: 0 },
    ]);
    expect([s.precision, s.recall, s.judgedLinks]).toEqual([2 / 3, 0.5, 2]);
    expect(s.judged).toEqual(['a']);
    expect(s.notJudged).toEqual(['new']);
    expect(precisionOf(s.rows[0]!)).toBe(2 / 3);
    expect(precisionOf(s.rows[1]!)).toBe(1);
    expect(recallOf(s.rows[0]!)).toBe(0.5);
  });

  it('a role other than the judged one is right as a link and counted against the role agreement', () => {
    const s = measureLinks([doc('a', { q1: [link('sister', 'mention')], q2: [link('sister')], q4: [link('sister')] })], golden, ['sister'], ['a']);
    expect([s.precision, s.recall, s.roleAgreement]).toEqual([1, 1, 1 / 3]);
    expect(s.roleDisagreements).toEqual(['sister a#q1: linked mention, judged about', 'sister a#q4: linked about, judged mention']);
  });

  it('leaves out links to a theme that is not being measured', () => {
    const s = measureLinks([doc('a', { q1: [link('sister'), link('retired')] })], golden, ['sister'], ['a']);
    expect(s.rows.map((r) => r.theme)).toEqual(['sister']);
    expect(s.precision).toBe(1);
  });

  it('a sixth, unjudged document leaves the score as it was', () => {
    const before = measureLinks([doc('a', { q1: [link('sister')], q2: [link('sister')] })], golden, ['sister'], ['a']);
    const after = measureLinks([doc('a', { q1: [link('sister')], q2: [link('sister')] }), doc('f', Object.fromEntries(Array.from({ length: 190 }, (_, i) => [`q${i}`, [link('sister')]])))], golden, ['sister'], ['a', 'f']);
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

describe('reading the golden set: mentions', () => {
  const themes = [theme('sister')];
  const text = (g: unknown) => JSON.stringify(g, null, 2);

  it('rejects a clause judged both about a theme and a mention of it', () => {
    expect(() => readGolden(text({ judged: judged('a'), themes: { sister: { a: ['q1'] } }, mentions: { sister: { a: ['q1'] } } }), themes, ['a'])).toThrow(/a#q1 is judged both about theme "sister" and a mention/);
  });

  it('rejects a mention in an unjudged document or of an unknown theme', () => {
    expect(() => readGolden(text({ judged: judged('a'), themes: { sister: {} }, mentions: { sister: { b: ['q1'] } } }), themes, ['a', 'b'])).toThrow(/"b" is not in "judged"/);
    expect(() => readGolden(text({ judged: judged('a'), themes: { sister: {} }, mentions: { luban: { a: ['q1'] } } }), themes, ['a'])).toThrow(/unknown theme "luban"/);
  });
});
