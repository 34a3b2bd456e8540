import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentClauses } from '../schemas/clause.ts';
import { DocumentLinks } from '../schemas/links.ts';
import { readPlanFile, readPlanFolder } from './content-files.ts';

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
});
