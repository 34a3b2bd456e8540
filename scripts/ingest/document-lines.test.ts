import { describe, expect, it } from 'vitest';
import { alignable } from '../link/evidence.ts';
import { furnitureClauseIds } from '../../src/lib/search/records.ts';
import { planBlocks } from '../../src/lib/plan-blocks.ts';
import { ingestDocument } from './index.ts';
import { documentLineKind, parallelHeading } from './structure.ts';
import { badSource, fixtureMeta, fixtureRegions } from './test-support.ts';

const ingest = (text: string, layout: Record<string, unknown> = {}, meta: Record<string, unknown> = {}) =>
  ingestDocument(badSource(text, { ...fixtureMeta({ format: 'line-paragraphs', spacing: 'extraction', ...layout }), ...meta }), fixtureRegions).clauses;
const shape = (clauses: { id: string; kind: string; parent: string | null }[]) => clauses.map((c) => [c.id, c.kind, c.parent]);

describe('lines that belong to the whole document', () => {
  it('a closing line and the list of attachments leave the last section', () => {
    const clauses = ingest('一、任务\n（一）建设学校\n新建学校3所。\n本计划从发布之日起执行。\n附件：1.项目清单\n');
    expect(shape(clauses)).toEqual([
      ['p1', 'part', null],
      ['p1-s1', 'section', 'p1'],
      ['p1-s1-q1', 'paragraph', 'p1-s1'],
      ['end1', 'closing', null],
      ['att1', 'attachment', null],
    ]);
  });

  it('reads closing lines by their words, not by one document', () => {
    expect(documentLineKind('本意见由区教委负责解释。')).toBe('closing');
    expect(documentLineKind('本方案自印发之日起施行。')).toBe('closing');
    expect(documentLineKind('附件2：重点项目表')).toBe('attachment');
    expect(documentLineKind('本方案所称学校包括幼儿园。')).toBeUndefined();
    expect(documentLineKind('附件')).toBeUndefined();
  });

  it('a closing line inside a covering notice stays in the notice', () => {
    const text = '关于印发测试方案的通知\n各单位：\n本通知自印发之日起施行。\n测试方案\n一、任务\n推进。\n';
    const clauses = ingest(text, { notice: { from: '关于印发测试方案的通知', to: '本通知自印发之日起施行。' }, blocks: [{ match: '关于印发测试方案的通知', as: 'notice-title' }, { match: '测试方案', as: 'title' }] });
    expect(clauses.find((c) => c.text.startsWith('本通知'))?.kind).toBe('paragraph');
  });

  it('captions and bylines sit at the document level and leave the open section open', () => {
    const text = '# 开放办学\n\n新增友好学校五所。\n\n孩子们在操场上\n\n又新增研学基地两个。\n\n王小明 赵大力\n';
    const clauses = ingest(text, { format: 'news-markdown', spacing: 'typographic', blocks: [
      { match: '开放办学', as: 'heading', id: 'kaifang', label: '开放办学' },
      { match: '孩子们在操场上', as: 'caption' },
      { match: '王小明', as: 'byline' },
    ] }, { type: 'news-report', period: null, milestones: [] });
    expect(shape(clauses)).toEqual([
      ['kaifang', 'heading', null],
      ['kaifang-q1', 'paragraph', 'kaifang'],
      ['fig1', 'caption', null],
      ['kaifang-q2', 'paragraph', 'kaifang'],
      ['by1', 'byline', null],
    ]);
  });

  it('a declared level files a summing-up paragraph under its part, not its last section', () => {
    const text = '一、形势\n（一）机遇\n机遇很多。\n（二）挑战\n挑战不少。\n总之，机遇与挑战并存。\n二、任务\n';
    const clauses = ingest(text, { blocks: [{ match: '总之，', as: 'paragraph', level: 2 }] });
    expect(clauses.find((c) => c.text.startsWith('总之'))).toMatchObject({ id: 'p1-q1', parent: 'p1' });
  });
});

describe("the publisher's framing", () => {
  const text = '区政府近日印发了《测试文件》，主要内容如下。\n为推进开放，制定本方案。\n一、任务\n推进。\n';

  it('is read by the document naming itself, keeps its paragraph number, and is neither aligned nor searched', () => {
    const clauses = ingest(text);
    expect(shape(clauses).slice(0, 2)).toEqual([
      ['q1', 'framing', null],
      ['q2', 'paragraph', null],
    ]);
    const byId = new Map(clauses.map((c) => [c.id, c]));
    expect(alignable(clauses[0]!, byId)).toBe(false);
    expect(furnitureClauseIds(clauses).has(clauses[0]!.id)).toBe(true);
    expect(alignable(clauses[1]!, byId)).toBe(true);
  });

  it('a paragraph citing another document is the plan’s own preamble', () => {
    const clauses = ingest('根据《另一文件》印发的要求，制定本方案。\n一、任务\n');
    expect(clauses[0]?.kind).toBe('paragraph');
  });
});

describe('inline headings and dated stages', () => {
  it('principles printed as two parallel four-character phrases open with a heading', () => {
    expect(parallelHeading('面向未来，服务全局。坚持……')).toBe('面向未来，服务全局。');
    expect(parallelHeading('千年潮未落,风起再扬帆。渝中区……')).toBeUndefined();
    const [, q] = ingest('（一）原则\n夯实基础，久久为功。持续投入。\n');
    expect(q).toMatchObject({ heading: '夯实基础，久久为功。' });
  });

  it('lead-ins between two dated stages are the goals of the first stage', () => {
    const text = '一、目标\n到2030年，体系基本形成。\n——开放水平提升。更多交流。\n——服务能力增强。更多服务。\n到2040年，全面建成。\n二、任务\n';
    expect(shape(ingest(text))).toEqual([
      ['p1', 'part', null],
      ['p1-q1', 'paragraph', 'p1'],
      ['p1-q1-d1', 'lead', 'p1-q1'],
      ['p1-q1-d2', 'lead', 'p1-q1'],
      ['p1-q2', 'paragraph', 'p1'],
      ['p2', 'part', null],
    ]);
  });

  it('with one stage only, the lead-ins stay with their unit', () => {
    const text = '（一）目标\n到2030年，体系基本形成。\n——开放水平提升。\n';
    expect(shape(ingest(text)).at(-1)).toEqual(['s1-d1', 'lead', 's1']);
  });
});

describe('lists printed apart', () => {
  it('stay apart as groups, with their items numbered on across them', () => {
    const text = '# 成绩单\n\n- ◆ 新建学校2所\n- ◆ 新增学位900个\n\n- ◆ 结对学校8对\n';
    const doc = ingestDocument(badSource(text, { ...fixtureMeta({ format: 'news-markdown', spacing: 'typographic' }), type: 'news-report', period: null, milestones: [] }), fixtureRegions);
    expect(doc.clauses.filter((c) => c.kind === 'list-item').map((c) => [c.id, c.group])).toEqual([
      ['l1', 1],
      ['l2', 1],
      ['l3', 2],
    ]);
    // The plan page draws one list a group (src/lib/plan-blocks.ts).
    expect(planBlocks(doc.clauses).filter((b) => b.type === 'list')).toHaveLength(2);
  });
});

describe('one item broken over several bullets (join-items)', () => {
  const newsMeta = { ...fixtureMeta({ format: 'news-markdown', spacing: 'typographic' }), type: 'news-report', period: null, milestones: [] };
  const text = '# 成绩单\n\n- ◆ 获评省级试点校园\n- ◆ 国家级实验基地\n- ◆ 等试点单位9个\n- ◆ 结对学校8对\n';
  const join = (lines: [number, number]) => [{ op: 'join-items', lines, reason: '一项拆成了三行', reasonEn: 'one item over three lines' }];

  it('reads the bullets as one item, its label naming them, and numbers the next item by its own bullet', () => {
    const doc = ingestDocument(badSource(text, newsMeta, join([3, 5])), fixtureRegions);
    const items = doc.clauses.filter((c) => c.kind === 'list-item');
    expect(items.map((c) => [c.id, c.label, c.text])).toEqual([
      ['l1', '第1–3项', '获评省级试点校园 国家级实验基地 等试点单位9个'],
      ['l4', '第4项', '结对学校8对'],
    ]);
    // Readers are told: the correction with its lines and clause, and every marker removed.
    const note = doc.frontmatter.notes.find((n) => n.kind === 'correction')!;
    expect(note.text).toContain('原第3–5行的列表项合为一项');
    expect(note.clauses).toEqual(['l1']);
    expect(doc.frontmatter.notes.find((n) => n.kind === 'rule' && n.text.includes('列表'))?.lines).toEqual([3, 4, 5, 6]);
  });

  it('refuses a blank line or a paragraph inside the range, naming the correction', () => {
    const apart = '# 成绩单\n\n- ◆ 甲1个\n\n- ◆ 乙2个\n';
    expect(() => ingestDocument(badSource(apart, newsMeta, join([3, 5])), fixtureRegions)).toThrow(/corrections\.json:\d+: join-items: text line 4 between 3 and 5 is blank/);
    const paragraph = '# 成绩单\n\n- ◆ 甲1个\n乙是一段话。\n';
    expect(() => ingestDocument(badSource(paragraph, newsMeta, join([3, 4])), fixtureRegions)).toThrow(/text\.txt:3: join-items: these lines are not all list items/);
  });
});
