import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Clauses } from '../../schemas/clause.ts';
import { PlanFrontmatter } from '../../schemas/plan.ts';
import { toApa, toCitationSource, toGbt7714, type CitationSource } from './citation.ts';
import { toBibtex, toCslJson, toRis } from './exports.ts';
import { clauseLocator } from './locator.ts';

const content = fileURLToPath(new URL('../../../content/', import.meta.url));
/** Frontmatter of a plan's MDX: JSON values one key a line, as the pipeline writes them. */
function frontmatterOf(id: string) {
  const mdx = readFileSync(join(content, 'plans', `${id}.mdx`), 'utf8');
  const head = /^---\n([\s\S]*?)\n---/.exec(mdx)![1]!;
  return PlanFrontmatter.parse(Object.fromEntries(head.split('\n').map((l) => [l.slice(0, l.indexOf(':')), JSON.parse(l.slice(l.indexOf(':') + 1))])));
}
const clausesOf = (id: string) => Clauses.parse(JSON.parse(readFileSync(join(content, 'clauses', `${id}.json`), 'utf8')).clauses);
const ids = readdirSync(join(content, 'plans')).map((f) => f.replace(/\.mdx$/, ''));
const url = (id: string, clause: string) => `https://duidu.test/plans/${id}/#${clause}`;

function cite(id: string, clause: string) {
  const clauses = clausesOf(id);
  const c = clauses.find((x) => x.id === clause)!;
  return toCitationSource(frontmatterOf(id), url(id, clause), '2026-11-23', clauseLocator(clauses, clause), c.label);
}

describe('GB/T 7714 citations from the metadata', () => {
  it('the Yuzhong notice: issuing office, 文号, date, locator, [EB/OL]', () => {
    expect(toGbt7714(cite('yuzhong-international-2019', 'p3-s5'))).toBe(
      '重庆市渝中区人民政府办公室. 重庆市渝中区人民政府办公室关于印发《渝中区推进教育国际化的工作方案》的通知: 渝中府办〔2019〕34号[EB/OL]. (2019-05-30): 第三部分（五）[2026-11-23]. https://duidu.test/plans/yuzhong-international-2019/#p3-s5.',
    );
  });

  it('a Guangzhou clause: unknown issuer is 佚名, item locator', () => {
    expect(toGbt7714(cite('guangzhou-opening-2021-2025', 'p4-s2-i9'))).toBe(
      '佚名. 广州市教育对外开放“十四五”规划[EB/OL]. 第四部分（二）第9条[2026-11-23]. https://duidu.test/plans/guangzhou-opening-2021-2025/#p4-s2-i9.',
    );
  });

  it('the news report is a newspaper article, by its reporters', () => {
    expect(toGbt7714(cite('yuzhong-news-2024', 'rencai-q3'))).toBe(
      '李佳佳, 陈锐. 人文渝中 尚品教育 渝中区加快建设全国一流教育强区[N/OL]. (2024-12): “人才推动”部分第3段[2026-11-23]. https://duidu.test/plans/yuzhong-news-2024/#rencai-q3.',
    );
  });

  it.each(ids.map((id) => [id]))('%s: every style renders for the document and its first numbered clause', (id) => {
    const clauses = clausesOf(id);
    const first = clauses.find((c) => c.kind === 'section' || c.kind === 'part' || c.kind === 'heading') ?? clauses[0]!;
    const s = cite(id, first.id);
    expect(toGbt7714(s)).toMatch(/\[(EB|N)\/OL\]\. .*\[2026-11-23\]\. https:\/\/duidu\.test\//);
    expect(toApa(s)).toContain(`Retrieved 2026-11-23, from ${s.url}`);
    expect(toRis(s)).toMatch(/^TY {2}- (GOVDOC|NEWS)\r\n[\s\S]*UR {2}- https:[\s\S]*ER {2}-\r\n$/);
    expect(toBibtex(id, s)).toMatch(new RegExp(`^@(report|misc)\\{${id},\\n[\\s\\S]*url = \\{https:`));
    expect(toCslJson(id, s)).toMatchObject({ id, URL: s.url, language: 'zh-CN' });
  });
});

describe('exports carry the right item type and institutional authors', () => {
  const s = cite('yuzhong-international-2019', 'p3-s5');
  it('CSL-JSON', () => {
    expect(toCslJson('yz', s)).toMatchObject({
      type: 'report',
      author: [{ literal: '重庆市渝中区人民政府办公室' }],
      number: '渝中府办〔2019〕34号',
      issued: { 'date-parts': [[2019, 5, 30]] },
    });
  });
  it('RIS', () => {
    expect(toRis(s)).toContain('TY  - GOVDOC\r\nAU  - 重庆市渝中区人民政府办公室,\r\n');
    expect(toRis(s)).toContain('M1  - 渝中府办〔2019〕34号');
    expect(toRis(s)).toContain('DA  - 2019/05/30');
  });
  it('BibTeX', () => {
    const bib = toBibtex('yz', s);
    expect(bib).toContain('author = {{重庆市渝中区人民政府办公室}}');
    expect(bib).toContain('number = {渝中府办〔2019〕34号}');
    expect(bib).toContain('date = {2019-05-30}');
  });
  it('APA keeps the Chinese title with its gloss', () => {
    expect(toApa(s)).toMatch(/^General Office of the People's Government of Yuzhong District, Chongqing\. \(2019, May 30\)\. 重庆市渝中区.*\[Notice of the General Office/);
  });
});

describe('citations of sources with less to say', () => {
  const base: CitationSource = {
    authors: [],
    title: '某规划',
    titleEn: 'A plan',
    docNumber: null,
    date: null,
    type: 'five-year-plan',
    url: 'https://duidu.test/plans/x/',
    accessed: '2026-11-23',
    locator: '',
    label: '',
  };
  const people = [{ name: '张三', institution: false }, { name: '李四', institution: false }, { name: '王五', institution: false }];
  it('GB/T 7714: no date, a locator straight after the type mark; no locator, nothing', () => {
    expect(toGbt7714({ ...base, locator: '第一部分' })).toBe('佚名. 某规划[EB/OL]. 第一部分[2026-11-23]. https://duidu.test/plans/x/.');
    expect(toGbt7714({ ...base, date: { date: '2021-07', precision: 'month' } })).toBe('佚名. 某规划[EB/OL]. (2021-07)[2026-11-23]. https://duidu.test/plans/x/.');
  });
  it('APA: no author puts the gloss first; a month without a day; no date is n.d.; three authors end with &', () => {
    expect(toApa(base)).toBe('某规划. (n.d.). [A plan]. Duidu. Retrieved 2026-11-23, from https://duidu.test/plans/x/');
    expect(toApa({ ...base, authors: people, date: { date: '2021-07', precision: 'month' }, label: '一（二）', docNumber: '渝府发〔2021〕1号' })).toBe(
      '张三, 李四, & 王五. (2021, July). 某规划 [A plan] (渝府发〔2021〕1号). Clause 一（二）. Duidu. Retrieved 2026-11-23, from https://duidu.test/plans/x/',
    );
    expect(toApa({ ...base, authors: [people[0]!], date: { date: '2021-12-01', precision: 'day' } })).toMatch(/^张三\. \(2021, December 1\)\. 某规划/);
  });
  it('takes the issuing date before the publishing date, and an unknown 文号 as none', () => {
    const meta = frontmatterOf('yuzhong-international-2019');
    const s = toCitationSource({ ...meta, issued: { date: '2019-05-01', precision: 'day' }, published: { date: '2019-06-01', precision: 'day' }, docNumber: 'unknown' }, 'u', '2026-11-23');
    expect(s.date?.date).toBe('2019-05-01');
    expect(s.docNumber).toBeNull();
    expect(toCitationSource({ ...meta, issued: 'unknown', published: { date: '2019-06-01', precision: 'day' } }, 'u', '2026-11-23').date?.date).toBe('2019-06-01');
    expect(toCitationSource({ ...meta, issued: 'unknown', published: 'unknown' }, 'u', '2026-11-23').date).toBeNull();
  });
});
