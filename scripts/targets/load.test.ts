import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureMeta } from '../ingest/test-support.ts';
import { loadCorpus } from './load.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A scratch project holding these files (path → JSON). */
function project(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'targets-load-'));
  roots.push(root);
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  }
  return root;
}

const clause = { id: 'p1', label: '一', kind: 'part', parent: null, number: '一、', heading: '任务', text: '一、任务', line: 1 };
const indicators = [{ id: 'sister-schools', name: '姊妹学校', nameEn: 'Sister schools', group: 'opening', terms: [{ text: '姊妹学校' }], units: ['所'] }];
const exclusion = { document: 'b-plan', clause: 'p1', quote: '一、任务', exclude: ['一'], reason: '序号' };
const twoPlans = {
  'content/clauses/b-plan.json': { document: 'b-plan', clauses: [clause] },
  'content/clauses/a-plan.json': { document: 'a-plan', clauses: [] },
  'content/clauses/notes.txt': 'not a clause file',
  'sources/a-plan/meta.json': fixtureMeta(),
  'sources/b-plan/meta.json': { ...fixtureMeta(), title: '乙方案' },
  'content/indicators.json': indicators,
};

describe('loading what the target rules read', () => {
  it('reads every clause file in id order with its document’s metadata, the link table, and no reviewed entries when there is no file', () => {
    const corpus = loadCorpus(project(twoPlans));
    expect(corpus.docs.map((d) => [d.id, d.meta.type, d.clauses.map((c) => c.id)])).toEqual([
      ['a-plan', 'implementation-plan', []],
      ['b-plan', 'implementation-plan', ['p1']],
    ]);
    expect(corpus.indicators.map((i) => i.id)).toEqual(['sister-schools']);
    expect(corpus.reviewed).toEqual([]);
  });

  it('reads the reviewed entries where there are some', () => {
    expect(loadCorpus(project({ ...twoPlans, 'content/targets-reviewed.json': [exclusion] })).reviewed).toEqual([exclusion]);
  });

  it('names the file that does not hold what it should', () => {
    expect(() => loadCorpus(project({ ...twoPlans, 'content/clauses/a-plan.json': { document: 'a-plan', clauses: [], extra: 1 } }))).toThrow(/^content\/clauses\/a-plan\.json/);
    expect(() => loadCorpus(project({ ...twoPlans, 'sources/b-plan/meta.json': { ...fixtureMeta(), type: 'memo' } }))).toThrow(/^sources\/b-plan\/meta\.json:\d+: type/);
    expect(() => loadCorpus(project({ ...twoPlans, 'content/indicators.json': [{ id: 'x' }] }))).toThrow(/^content\/indicators\.json/);
    expect(() => loadCorpus(project({ ...twoPlans, 'content/targets-reviewed.json': [{ document: 'b-plan' }] }))).toThrow(/^content\/targets-reviewed\.json/);
  });
});
