/**
 * What must hold of the aligned pairs whatever the corpus: checked on the committed content, so a
 * wrong change shows here before anyone regenerates the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentAlignments } from '../../src/schemas/alignment.ts';
import { defaultIndexOptions } from '../../src/lib/align/pairs.ts';
import { defaultAlignOptions } from '../../src/lib/align/score.ts';
import { loadAlignInput, loadJudgements } from '../align.ts';
import { alignable, defaultWeighting } from './evidence.ts';

const content = new URL('../../content/', import.meta.url);
const input = loadAlignInput();
const files = readdirSync(new URL('alignments/', content)).map((f) => DocumentAlignments.parse(JSON.parse(readFileSync(new URL(`alignments/${f}`, content), 'utf8'))));
const byDoc = new Map(files.map((f) => [f.document, f.clauses]));
const clausesOf = new Map(input.map((d) => [d.id, new Map(d.clauses.map((c) => [c.id, c]))]));

describe('aligned clauses, for any corpus', () => {
  it('editors’ judgements hold: every pair judged aligned is shown, as the editor’s or both; none judged not aligned is', () => {
    const key = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
    const shown = new Map<string, string>();
    for (const [doc, clauses] of byDoc) for (const [id, e] of Object.entries(clauses)) for (const a of e.aligned) shown.set(key(`${doc}#${id}`, `${a.document}#${a.clause}`), a.by);
    for (const j of loadJudgements()) {
      const by = shown.get(key(j.a, j.b));
      if (j.aligned) expect(['editor', 'both'], `${j.a} ~ ${j.b}`).toContain(by);
      else expect(by, `${j.a} ~ ${j.b} was judged not aligned`).toBeUndefined();
    }
  });

  it('there is one file a document, and every alignable clause has its evidence', () => {
    expect([...byDoc.keys()].sort()).toEqual(input.map((d) => d.id).sort());
    for (const d of input) {
      const byId = clausesOf.get(d.id)!;
      const expected = d.clauses.filter((c) => alignable(c, byId)).map((c) => c.id);
      expect(Object.keys(byDoc.get(d.id)!), d.id).toEqual(expected);
    }
  });

  it('every pair joins two alignable clauses of different documents, at or above the threshold unless an editor judged it', () => {
    for (const [doc, clauses] of byDoc) {
      for (const [id, e] of Object.entries(clauses)) {
        for (const a of e.aligned) {
          expect(a.document, `${doc}#${id} is aligned within its own document`).not.toBe(doc);
          expect(byDoc.get(a.document)?.[a.clause], `${doc}#${id} → ${a.document}#${a.clause} is not an alignable clause`).toBeDefined();
          if (a.by !== 'editor') expect(a.score).toBeGreaterThanOrEqual(defaultAlignOptions.threshold);
        }
      }
    }
  });

  it('pairs are symmetric: each side lists the other with the same score and evidence', () => {
    for (const [doc, clauses] of byDoc) {
      for (const [id, e] of Object.entries(clauses)) {
        for (const a of e.aligned) {
          const back = byDoc.get(a.document)![a.clause]!.aligned.find((x) => x.document === doc && x.clause === id);
          expect(back, `${a.document}#${a.clause} does not list ${doc}#${id}`).toBeDefined();
          expect(back!.score).toBe(a.score);
          expect(back!.themes).toEqual(a.themes);
          expect(back!.by).toBe(a.by);
        }
      }
    }
  });

  it('what a clause carries is bounded, so pages and compare data do not grow with the corpus', () => {
    for (const clauses of byDoc.values()) {
      for (const e of Object.values(clauses)) {
        expect(e.aligned.filter((a) => a.by !== 'editor').length).toBeLessThanOrEqual(defaultIndexOptions.limit);
        expect(e.evidence.words.length).toBeLessThanOrEqual(defaultWeighting.maxWords);
        for (let i = 1; i < e.aligned.length; i++) expect(e.aligned[i - 1]!.score).toBeGreaterThanOrEqual(e.aligned[i]!.score);
      }
    }
  });

  it('a shared theme is a theme both clauses are linked to; a shared word is in both texts', () => {
    const themesOf = new Map(input.map((d) => [d.id, d.themes]));
    for (const [doc, clauses] of byDoc) {
      for (const [id, e] of Object.entries(clauses)) {
        for (const a of e.aligned) {
          for (const t of a.themes) {
            expect(themesOf.get(doc)!.get(id)).toContain(t);
            expect(themesOf.get(a.document)!.get(a.clause)).toContain(t);
          }
          for (const w of [...a.words, ...a.names]) {
            expect(clausesOf.get(doc)!.get(id)!.text).toContain(w);
            expect(clausesOf.get(a.document)!.get(a.clause)!.text).toContain(w);
          }
        }
      }
    }
  });
});
