import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Theme } from '../../src/schemas/theme.ts';
import { ReviewFile } from '../../src/schemas/review.ts';
import { linkCorpus } from '../link/index.ts';
import { findGaps } from '../targets/gaps.ts';
import { clauseOf, planWithBackground } from '../targets/fixture-docs.test-data.ts';
import { targetReviewItems } from '../targets/review-items.ts';
import { ingestDocument } from './index.ts';
import { checkReview, reviewDocuments } from './review-files.ts';
import { themeItems } from './review-items.ts';
import { formatReviewFile, reconcileReview, unresolved, type ReviewFinding } from './review.ts';
import { badSource, fixtureMeta, fixtureRegions } from './test-support.ts';

// Texts here are made up: none of the five documents holds them, so each item comes from the rule shown.
const lineParagraphs = { format: 'line-paragraphs', spacing: 'extraction' };
const ingest = (text: string, layout: Record<string, unknown> = lineParagraphs) => ingestDocument(badSource(text, fixtureMeta(layout)), fixtureRegions);
const kinds = (items: readonly ReviewFinding[]) => items.map((i) => [i.kind, i.clause, i.line]);

describe('review items the ingest finds', () => {
  it('a web line broken mid-sentence and joined back', () => {
    const doc = ingest('一、航海教育\n推动中小学开展帆船\n与航海科普活动。\n');
    expect(kinds(doc.review)).toEqual([['joined-lines', 'p1-q1', 2]]);
    expect(doc.review[0]!.text).toBe('动中小学开展帆船⏎与航海科普活动。');
  });

  it('hard-wrapped lines: only a join across a sentence end or a short line, not one at the margin', () => {
    const full = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉';
    const text = ['一、航海教育', '', `　　推进航海科普进校园，建设青少年航海基地`, '', `${full.slice(0, 19)}。`, '', full, '', '组织帆船夏令营。', ''].join('\n');
    const doc = ingest(text, { format: 'hard-wrapped', spacing: 'extraction' });
    expect(kinds(doc.review)).toEqual([['joined-lines', 'p1-q1', 3]]);
    // The seam at the sentence that ends at the margin; the indented first line is not one.
    expect(doc.review[0]!.text).toBe('寅卯辰巳午未申。⏎甲乙丙丁戊己庚辛');
  });

  it('an opening that looks numbered but is text: declared a paragraph, or a style no rule reads', () => {
    const layout = { ...lineParagraphs, blocks: [{ match: '1、本办法所称', as: 'paragraph' }] };
    const doc = ingest('一、总则\n1、本办法所称航海学校，指开设航海课程的学校。\nⅡ、帆船课程每周一节。\n', layout);
    expect(kinds(doc.review)).toEqual([
      ['numbering-as-text', 'p1-q1', 2],
      ['numbering-as-text', 'p1-q2', 3],
    ]);
    expect(doc.review[0]!.decision).toMatch(/“1、” opens p1-q1 .* declared "paragraph" in meta\.json/);
  });

  it('（1）…（2）… inside a paragraph: kept as one clause, reported', () => {
    const doc = ingest('一、任务\n开设两类课程：（1）帆船；（2）测绘。\n');
    expect(kinds(doc.review)).toEqual([['inline-enumeration', 'p1-q1', 2]]);
    expect(doc.review[0]!.text).toBe('（1）…（2）');
  });

  it('markup removed by rule: one item for the rule, naming what went', () => {
    const doc = ingest('[bookmark: _Toc1]一、航海\n[bookmark: _Toc2]（一）帆船\n');
    expect(kinds(doc.review)).toEqual([['markup-removed', 'p1', 1]]);
    expect(doc.review[0]!.decision).toContain('2 clauses (p1, p1-s1)');
  });

  it('a theme matched only inside a cited title or as an example in a list, and a page header on a theme', () => {
    const theme = Theme.parse({ id: 'sailing', name: '帆船教育', nameEn: 'Sailing', group: 'opening', description: '帆船。', descriptionEn: 'Sailing.', terms: ['帆船'] });
    const clauses = [
      clauseOf('q1', '根据《帆船运动管理办法》制定本方案。'),
      clauseOf('q2', '开展帆船教育。'),
      clauseOf('q3', '建设游泳、帆船、攀岩等运动场地。'),
      clauseOf('m1', '帆船周刊', 'masthead'),
    ];
    const { links } = linkCorpus([{ id: 'bad', clauses }], [theme]);
    const items = themeItems('sources/bad/text.txt', clauses, links[0]!, [theme]);
    expect(items.map((i) => [i.kind, i.clause, i.text])).toEqual([
      ['theme-in-citation', 'q1', '《帆船运动管理办法》'],
      ['theme-in-list', 'q3', '帆船'],
      ['theme-in-header', 'm1', '帆船'],
    ]);
    expect(links[0]!.clauses['q2']!.themes[0]!.role).toBe('about');
  });

  it('a figure near a target word that no record reads (the targets gap report)', () => {
    const doc = { ...planWithBackground([], []), clauses: [clauseOf('c', '到2025年，建成帆船基地45所。')] };
    const items = targetReviewItems([doc], findGaps([doc], [])).get(doc.id)!;
    expect(items.map((i) => [i.stage, i.kind, i.clause])).toEqual([['targets', 'target-not-read', 'c']]);
    expect(items[0]!.decision).toContain('“45所”');
  });
});

describe('verdicts in review.json', () => {
  const text = '一、航海教育\n推动中小学开展帆船\n与航海科普活动。\n';
  const accepted = { status: 'accepted', by: '编辑甲', on: '2026-01-02', note: '一句话断在两行。' } as const;
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  function project(file?: unknown): string {
    root = mkdtempSync(join(tmpdir(), 'review-'));
    mkdirSync(join(root, 'sources', 'bad'), { recursive: true });
    if (file) writeFileSync(join(root, 'sources', 'bad', 'review.json'), formatReviewFile(ReviewFile.parse(file)));
    return root;
  }
  const found = (t: string) => new Map([['bad', ingest(t).review]]);

  it('an open item fails --check, naming file:line and how to accept it', () => {
    const dir = project();
    const reviews = reviewDocuments(dir, 'ingest', found(text));
    writeFileSync(join(dir, 'sources/bad/review.json'), reviews[0]!.text);
    const errors = checkReview('ingest --check', reviewDocuments(dir, 'ingest', found(text)));
    expect(errors.join('\n')).toMatch(/sources\/bad\/text\.txt:2: joined 2 lines into p1-q1.*\[open; key "joined-lines:p1-q1:/);
    expect(errors.join('\n')).toContain('"status": "accepted"');
  });

  it('an accepted item passes, and keeps its verdict when a line is inserted above it', () => {
    const key = ingest(text).review[0]!.key;
    const file = { document: 'bad', items: [{ ...ingest(text).review.map(({ file: _f, line: _l, ...i }) => i)[0]!, ...accepted }] };
    const dir = project(file);
    expect(checkReview('ingest --check', reviewDocuments(dir, 'ingest', found(text)))).toEqual([]);
    const shifted = `本方案由航海教育工作组起草。\n${text}`;
    const [review] = reviewDocuments(dir, 'ingest', found(shifted));
    expect(review!.reconciled.items.map((i) => [i.item.key, i.item.status, i.finding.line])).toEqual([[key, 'accepted', 3]]);
    expect(review!.changed).toBe(false);
  });

  it('an item that no longer arises is dropped; one marked fixed that still arises waits', () => {
    const [item] = ingest(text).review.map(({ file: _f, line: _l, ...i }) => ({ ...i, status: 'fixed' as const }));
    const previous = ReviewFile.parse({ document: 'bad', items: [item] });
    const gone = reconcileReview('bad', previous, 'ingest', ingest('一、航海教育\n推动中小学开展帆船与航海科普活动。\n').review);
    expect(gone.dropped.map((d) => d.key)).toEqual([item!.key]);
    expect(gone.file.items).toEqual([]);
    const still = reconcileReview('bad', previous, 'ingest', ingest(text).review);
    expect(unresolved(still).map((u) => u.item.status)).toEqual(['fixed']);
  });

  it('each stage reconciles only its own items', () => {
    const target = { key: 'target-not-read:c:45所', stage: 'targets', kind: 'target-not-read', clause: 'c', label: 'c', text: '', decision: 'd', ...accepted } as const;
    const previous = ReviewFile.parse({ document: 'bad', items: [target] });
    expect(reconcileReview('bad', previous, 'ingest', []).file.items).toEqual([target]);
  });
});
