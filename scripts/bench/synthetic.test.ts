import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Clauses } from '../../src/schemas/clause.ts';
import { DocumentMeta } from '../../src/schemas/document.ts';
import { PlanFrontmatter } from '../../src/schemas/plan.ts';
import { Regions } from '../../src/schemas/regions.ts';
import { ingestDocument } from '../ingest/index.ts';
import { readCorpus } from './source-files.ts';
import { synthesize } from './synthetic.ts';

const real = readCorpus(fileURLToPath(new URL('../../sources', import.meta.url)));
const corpus = synthesize(real, 12, 7);
const synthetic = corpus.sources.slice(real.sources.length);
/** Part headings without their numbers: `[bookmark: x]三、保障措施` → `保障措施`. */
const partHeadings = (text: string) =>
  text.split('\n').flatMap((l) => /^(?:\[bookmark: [^\]]*\])*[一二三四五六七八九十]+、(.*)$/.exec(l)?.slice(1) ?? []);

describe('synthetic corpus', () => {
  it('is deterministic for a seed', () => {
    expect(synthesize(real, 12, 7)).toEqual(corpus);
    expect(synthesize(real, 12, 8)).not.toEqual(corpus);
  });

  it('keeps the real sources and adds new ids, regions (with parents) and years', () => {
    expect(corpus.sources.slice(0, real.sources.length)).toEqual(real.sources);
    expect(synthetic).toHaveLength(12);
    expect(new Set(corpus.sources.map((s) => s.id)).size).toBe(real.sources.length + 12);
    expect(() => Regions.parse(corpus.regions)).not.toThrow();
    expect(corpus.regions.length).toBeGreaterThan(real.regions.length);
    for (const s of synthetic) expect(s.id).toMatch(/^syn\d{4}-[a-z0-9-]+$/);
  });

  it('is valid pipeline input, and uses every real document type', () => {
    const types = new Set<string>();
    for (const s of synthetic) {
      const doc = ingestDocument({ ...s, dir: `sources/${s.id}` }, corpus.regions);
      PlanFrontmatter.parse(doc.frontmatter);
      Clauses.parse(doc.clauses);
      expect(doc.clauses.length).toBeGreaterThan(5);
      types.add(doc.meta.type);
    }
    expect([...types].sort()).toEqual([...new Set(real.sources.map((s) => DocumentMeta.parse(JSON.parse(s.meta)).type))].sort());
  });

  it('recombines the parts of line-paragraph plans across documents, not only copies them', () => {
    const owners = (heading: string) => real.sources.filter((r) => partHeadings(r.text).includes(heading)).map((r) => r.id);
    const mixed = synthetic.filter((s) => new Set(partHeadings(s.text).flatMap(owners)).size > 1);
    expect(mixed.length).toBeGreaterThan(0);
  });
});
