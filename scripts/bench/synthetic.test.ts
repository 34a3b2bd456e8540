import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Clauses } from '../../src/schemas/clause.ts';
import { DocumentMeta, type NumberingStyle } from '../../src/schemas/document.ts';
import { PlanFrontmatter } from '../../src/schemas/plan.ts';
import { Regions } from '../../src/schemas/regions.ts';
import { missingSegments } from '../ingest/fidelity.ts';
import { ingestDocument } from '../ingest/index.ts';
import { readNumbering, STYLES } from '../ingest/numbering.ts';
import { readCorpus } from './source-files.ts';
import { synthesize } from './synthetic.ts';
import { VARIATION_NOTES } from './vary.ts';
import { TRADITIONAL } from './variations.ts';

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

describe('synthetic variations', () => {
  const large = synthesize(real, 40, 2025);
  const made = large.sources.slice(real.sources.length).map((s) => {
    const meta = DocumentMeta.parse(JSON.parse(s.meta));
    const doc = ingestDocument({ ...s, dir: `sources/${s.id}` }, large.regions);
    const said = /变体：([^。]*)。/.exec(meta.note)?.[1]?.split('；') ?? [];
    return { source: s, meta, doc, said };
  });
  const saying = (note: string) => made.filter((m) => m.said.includes(note));
  const styleOf = (printed: string): NumberingStyle => {
    const n = readNumbering(printed);
    if (!n || n.style === 'lead') throw new Error(`not a numbering style: ${printed}`);
    return n.style;
  };
  /** `一、→第一章，1.→（1）` from the note, as pairs of styles. */
  const renumbering = (said: readonly string[]) => {
    const how = said.find((n) => n.startsWith(VARIATION_NOTES.renumbered('').slice(0, -2)));
    return (how?.slice(VARIATION_NOTES.renumbered('').length - 1, -1).split('，') ?? []).map((pair) => {
      const [from, to] = pair.split('→').map(styleOf);
      return { from: from!, to: to! };
    });
  };
  const renumbered = made.filter((m) => renumbering(m.said).length > 0);
  const numberStyle = (number: string) => readNumbering(number)?.style;

  it('varies a share of the documents in numbering, script and width, and says so in the note', () => {
    expect(renumbered.length).toBeGreaterThan(0);
    for (const note of [VARIATION_NOTES.traditional, VARIATION_NOTES.full, VARIATION_NOTES.half]) expect(saying(note).length, note).toBeGreaterThan(0);
    // Some stay as the sources are, so the corpus still holds documents like the real ones.
    expect(made.filter((m) => m.said.length === 0).length).toBeGreaterThan(0);
  });

  it('every document ingests and keeps every sentence of its text, character for character', () => {
    for (const { source, doc } of made) {
      Clauses.parse(doc.clauses);
      const published = doc.clauses.map((c) => [c.text, ...(c.cells ?? [])].join('\n')).join('\n');
      expect(missingSegments(source.text, published), source.id).toEqual([]);
    }
  });

  it('renumbered documents are read in their new styles, with labels and ids in those terms', () => {
    for (const { source, doc, said } of renumbered) {
      for (const { from, to } of renumbering(said)) {
        expect(doc.clauses.filter((c) => numberStyle(c.number) === from), `${source.id}: ${from} left`).toEqual([]);
        const first = doc.clauses.find((c) => numberStyle(c.number) === to && readNumbering(c.number)?.value === 1);
        expect(first, `${source.id}: no ${to} 1`).toBeDefined();
        expect(first!.kind).toBe(STYLES[to].kind);
        expect(first!.id).toMatch(new RegExp(`(^|-)${STYLES[to].prefix}1$`));
        expect(first!.label.endsWith(STYLES[to].segment(1, first!.number))).toBe(true);
      }
    }
  });

  it('articles count on through the chapters: 第一章 is c1, its articles a1, a2…, labelled 第N条 alone', () => {
    const regulation = renumbered.filter((m) => renumbering(m.said).some((r) => r.to === 'article'));
    expect(regulation.length).toBeGreaterThan(0);
    for (const { doc } of regulation) {
      expect(doc.clauses.find((c) => c.id === 'c1')?.label).toBe('第一章');
      const articles = doc.clauses.filter((c) => c.kind === 'article');
      expect(articles.map((c) => c.id)).toEqual(articles.map((_c, i) => `a${i + 1}`));
      expect(articles.at(-1)?.label).toMatch(/^第[一二三四五六七八九十百]+条$/);
    }
  });

  it('traditional and width variants rewrite the title with the text', () => {
    for (const { source, meta } of saying(VARIATION_NOTES.traditional)) {
      expect(TRADITIONAL.text(source.text), source.id).toBe(source.text);
      expect(TRADITIONAL.text(meta.title), source.id).toBe(meta.title);
    }
    expect(saying(VARIATION_NOTES.traditional).some(({ meta }) => /[國學發區]/.test(meta.title))).toBe(true);
    expect(saying(VARIATION_NOTES.full).some(({ source }) => /[０-９]{4}年/.test(source.text))).toBe(true);
    for (const { source, meta } of saying(VARIATION_NOTES.half)) expect(source.text + meta.title, source.id).not.toMatch(/[（）]/);
  });
});
