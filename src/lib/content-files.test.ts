import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it, vi } from 'vitest';
import { DocumentAlignments } from '../schemas/alignment.ts';
import { DocumentClauses } from '../schemas/clause.ts';
import { DocumentLinks } from '../schemas/links.ts';
import { contentDir, readPlanFile, readPlanFolder } from './content-files.ts';

function contentWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-files-'));
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof value === 'string' ? value : JSON.stringify(value));
  }
  return dir;
}

const clause = { id: 'p1', kind: 'paragraph', number: '一、', heading: '', parent: null, label: '第1段', text: '一、正文。', line: 1 };

describe('the per-plan content files', () => {
  it('reads every plan of a folder, checked by its schema, in file-name order', () => {
    const dir = contentWith({ 'links/b.json': { document: 'b', clauses: {} }, 'links/a.json': { document: 'a', clauses: {} }, 'links/notes.txt': 'not a plan' });
    expect(readPlanFolder('links', DocumentLinks, dir).map((d) => d.document)).toEqual(['a', 'b']);
  });

  it('names every problem a file has, and the top of the file when the problem is there', () => {
    const dir = contentWith({ 'links/a.json': { document: 7, clauses: 'none' }, 'links/b.json': '[]' });
    expect(() => readPlanFile('links', 'a', DocumentLinks, dir)).toThrow(/links\/a\.json: document: [^;]+; clauses: /);
    expect(() => readPlanFile('links', 'b', DocumentLinks, dir)).toThrow(/links\/b\.json: \(top\): /);
  });

  it('reads one plan, and nothing for a plan the stage wrote no file for', () => {
    const dir = contentWith({ 'clauses/a.json': { document: 'a', clauses: [clause] } });
    expect(readPlanFile('clauses', 'a', DocumentClauses, dir)?.clauses.map((c) => c.label)).toEqual(['第1段']);
    expect(readPlanFile('clauses', 'b', DocumentClauses, dir)).toBeUndefined();
  });

  it('names the file and what is wrong with it: a schema error, bad JSON, a file naming another plan', () => {
    const dir = contentWith({ 'clauses/a.json': { document: 'a', clauses: [{ ...clause, text: '别的' }] }, 'clauses/b.json': '{"document":', 'clauses/c.json': { document: 'a', clauses: [] } });
    expect(() => readPlanFile('clauses', 'a', DocumentClauses, dir)).toThrow(/clauses\/a\.json: clauses\.0\.text: text of "p1" does not start with its number and heading/);
    expect(() => readPlanFile('clauses', 'b', DocumentClauses, dir)).toThrow(/clauses\/b\.json: .*JSON/);
    expect(() => readPlanFile('clauses', 'c', DocumentClauses, dir)).toThrow(/clauses\/c\.json: "document" is "a", not "c"/);
  });

  describe('checked once', () => {
    // A schema of its own per test, so that what other tests read has not been checked by it.
    const schema = () => z.strictObject({ document: z.string(), clauses: z.record(z.string(), z.number()) });

    it('checks a text the first time it is read and only parses it after, giving the same data', () => {
      const dir = contentWith({ 'alignments/a.json': { document: 'a', clauses: { p1: 1 } } });
      const s = schema();
      const check = vi.spyOn(s, 'safeParse');
      const first = readPlanFile('alignments', 'a', s, dir, { once: true });
      const again = readPlanFile('alignments', 'a', s, dir, { once: true });
      expect(check).toHaveBeenCalledTimes(1);
      expect(again).toEqual(first);
      expect(again).toEqual({ document: 'a', clauses: { p1: 1 } });
    });

    it('remembers every text it has passed, not only the last', () => {
      const dir = contentWith({ 'alignments/a.json': { document: 'a', clauses: { p1: 1 } }, 'alignments/b.json': { document: 'b', clauses: { p2: 2 } } });
      const s = schema();
      const check = vi.spyOn(s, 'safeParse');
      for (const plan of ['a', 'b', 'a', 'b']) readPlanFile('alignments', plan, s, dir, { once: true });
      expect(check).toHaveBeenCalledTimes(2);
    });

    it('checks again a file whose text changed, and refuses it when it no longer passes', () => {
      const dir = contentWith({ 'alignments/a.json': { document: 'a', clauses: { p1: 1 } } });
      const s = schema();
      expect(readPlanFile('alignments', 'a', s, dir, { once: true })?.clauses).toEqual({ p1: 1 });
      writeFileSync(join(dir, 'alignments/a.json'), JSON.stringify({ document: 'a', clauses: { p1: 'one' } }));
      expect(() => readPlanFile('alignments', 'a', s, dir, { once: true })).toThrow(/alignments\/a\.json: clauses\.p1: /);
    });

    it('still checks that the file names its plan, and checks every read without the option', () => {
      const dir = contentWith({ 'alignments/a.json': { document: 'a', clauses: {} }, 'alignments/b.json': { document: 'a', clauses: {} } });
      const s = schema();
      const check = vi.spyOn(s, 'safeParse');
      readPlanFile('alignments', 'a', s, dir);
      readPlanFile('alignments', 'a', s, dir);
      expect(check).toHaveBeenCalledTimes(2);
      readPlanFile('alignments', 'a', s, dir, { once: true });
      // b's text is a's, passed already, so the schema is not asked again; the plan's name still is, every time.
      for (let i = 0; i < 2; i++) expect(() => readPlanFile('alignments', 'b', s, dir, { once: true })).toThrow(/alignments\/b\.json: "document" is "a", not "b"/);
    });

    it('is safe for alignments: their schema returns what it reads, so a text read again unchecked is the same data', () => {
      const at = join(contentDir(), 'alignments');
      const files = readdirSync(at).filter((f) => f.endsWith('.json'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const read = JSON.parse(readFileSync(join(at, file), 'utf8')) as unknown;
        expect(DocumentAlignments.parse(read)).toStrictEqual(read);
      }
    });
  });
});
