import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { driftMessage, ingestDrift } from '../check/drift.ts';
import { contentFiles, ingestAll, linkAll, loadThemes } from '../ingest.ts';
import { missingSegments, sourceSegments } from './fidelity.ts';
import { sourceIds } from './test-support.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = ingestAll();
const byId = new Map(docs.map((d) => [d.id, d]));
const files = contentFiles(docs, linkAll(docs, loadThemes()));
const clause = (doc: string, id: string) => byId.get(doc)?.clauses.find((c) => c.id === id);

describe('every source', () => {
  it('is ingested, once, with its clauses and links among the content files', () => {
    expect(sourceIds().length).toBeGreaterThan(0);
    expect(docs.map((d) => d.id)).toEqual(sourceIds());
    for (const id of sourceIds()) {
      expect(byId.get(id)!.clauses.length, id).toBeGreaterThan(0);
      for (const path of [`plans/${id}.mdx`, `clauses/${id}.json`, `links/${id}.json`]) expect(files.has(path), path).toBe(true);
    }
  });

  it.each(sourceIds().map((id) => [id]))('%s: every sentence of the source is in the clauses', (id) => {
    const raw = readFileSync(join(root, 'sources', id, 'text.txt'), 'utf8');
    const text = byId.get(id)!.clauses.map((c) => [c.text, ...(c.kind === 'table' ? (c.cells ?? []) : [])].join('\n')).join('\n');
    expect(sourceSegments(raw).length, `${id}: no sentence read from text.txt`).toBeGreaterThan(0);
    expect(missingSegments(raw, text)).toEqual([]);
  });

  it('has unique clause ids, and every parent is a clause of the same document that comes before it', () => {
    for (const d of docs) {
      const seen = new Set<string>();
      for (const c of d.clauses) {
        expect(seen.has(c.id), `${d.id}#${c.id} twice`).toBe(false);
        if (c.parent !== null) expect(seen.has(c.parent), `${d.id}#${c.id}: parent ${c.parent}`).toBe(true);
        seen.add(c.id);
      }
    }
  });
});

describe('the documents as published', () => {

  it('labels clauses in the documents’ own terms', () => {
    expect(clause('guangzhou-opening-2021-2025', 'p4-s2-i9')?.label).toBe('四（二）9');
    expect(clause('chongqing-education-power-2024-2035', 's42')?.label).toBe('（四十二）');
    expect(clause('chongqing-modernisation-2020-2022', 'p2-s8-i3')?.label).toBe('二（八）3');
    expect(clause('yuzhong-international-2019', 'p3-s5')?.heading).toBe('实施海外引智计划');
  });

  it('reads the Guangzhou indicator table: 9 indicators, baseline 2020, target 2025, attribute', () => {
    const gz = byId.get('guangzhou-opening-2021-2025')!;
    const table = gz.clauses.find((c) => c.id === 'p3-s3-t1');
    expect(table?.cells).toEqual(['序号', '指标', '2020年', '2025年', '属性']);
    const rows = gz.clauses.filter((c) => c.parent === 'p3-s3-t1');
    expect(rows).toHaveLength(9);
    expect(rows[5]?.cells).toEqual(['6', '国际及港澳台姊妹学校(对)', '377', '430', '约束性']);
    expect(gz.clauses.filter((c) => c.parent === 'annex-t1')).toHaveLength(3);
  });

  it('keeps the Yuzhong notice wrapper, its document number and date', () => {
    expect(clause('yuzhong-international-2019', 'notice')?.text).toBe('重庆市渝中区人民政府办公室关于印发《渝中区推进教育国际化的工作方案》的通知');
    expect(clause('yuzhong-international-2019', 'notice-no1')?.text).toBe('渝中府办〔2019〕34号');
    expect(clause('yuzhong-international-2019', 'notice-sig2')?.text).toBe('2019年5月30日');
  });

  it('repairs the news feature’s scrambled columns by recorded corrections', () => {
    expect(clause('yuzhong-news-2024', 'chuangxin-q1')?.text).toMatch(/^惟改革者进,惟创新者强,惟改革创新者胜。/);
    expect(clause('yuzhong-news-2024', 'rencai-q3')?.text).toContain('正在如火如荼地进行:选优配强学校领导班子');
    const news = byId.get('yuzhong-news-2024')!;
    const order = news.clauses.filter((c) => c.kind === 'heading').map((c) => c.id);
    // The printed order, which the introduction's 保障力、引领力、支撑力、供给力、影响力 name (see the next test).
    expect(order).toEqual(['tongchou', 'dangjian', 'rencai', 'zhiliang', 'chuangxin', 'shushuo']);
    expect(news.frontmatter.notes.filter((n) => n.kind === 'correction')).toHaveLength(6);
  });

  it('the committed content is what the pipeline makes (npm run ingest -- --check)', () => {
    for (const [path, text] of files) {
      const committed = join(root, 'content', path);
      expect(existsSync(committed) ? readFileSync(committed, 'utf8') : undefined, driftMessage(`content/${path}`, ingestDrift)).toBe(text);
    }
  });
});

describe('reading order where extraction scrambled it', () => {
  it('a document whose introduction names its sections (…保障力、…引领力…) reads them in that order', () => {
    for (const d of docs) {
      const headings = d.clauses.filter((c) => c.kind === 'heading' && c.parent === null);
      const intro = d.clauses.filter((c) => c.parent === null && c.kind === 'paragraph').slice(0, 3).map((c) => c.text).join('');
      // The named qualities of the introduction, in its order, each printed in one heading.
      const named = [...intro.matchAll(/[、，,]?([\p{Script=Han}]{1,6}力)(?=[、，,])/gu)].map((m) => m[1]!.slice(-3));
      const placed = named.map((n) => headings.findIndex((h) => h.heading.includes(n))).filter((i) => i >= 0);
      if (placed.length < 3) continue;
      expect(placed, `${d.id}: sections out of the order the introduction names them`).toEqual([...placed].sort((a, b) => a - b));
    }
  });
});
