import { describe, expect, it } from 'vitest';
import { apaDate, plainText, toApa, toGbt7714, type CitationSource } from './citation.ts';
import { toBibtex, toCslJson, toRis } from './exports.ts';
import { clauseLocator } from './locator.ts';
import { personName, toCitationSource } from './source.ts';
import { clausesOf, documentIds, frontmatterOf } from './test-documents.ts';

const url = (id: string, clause: string) => `https://duidu.test/plans/${id}/#${clause}`;

function cite(id: string, clause: string, accessed: string | null = '2026-12-01') {
  const clauses = clausesOf(id);
  const c = clauses.find((x) => x.id === clause)!;
  return toCitationSource(frontmatterOf(id), url(id, clause), accessed, clauseLocator(clauses, clause), c.label);
}

describe('GB/T 7714 citations from the metadata', () => {
  it('the Yuzhong notice: a report of its issuing office, 文号, the cited place before the date of issue', () => {
    expect(toGbt7714(cite('yuzhong-international-2019', 'p3-s5'))).toBe(
      '重庆市渝中区人民政府办公室. 重庆市渝中区人民政府办公室关于印发《渝中区推进教育国际化的工作方案》的通知: 渝中府办〔2019〕34号[R/OL]. 第三部分（五）(2019-05-30)[2026-12-01]. https://duidu.test/plans/yuzhong-international-2019/#p3-s5.',
    );
  });

  it('a Guangzhou clause: unknown issuer is 佚名, the cited place in the same position', () => {
    expect(toGbt7714(cite('guangzhou-opening-2021-2025', 'p4-s2-i9'))).toBe(
      '佚名. 广州市教育对外开放“十四五”规划[R/OL]. 第四部分（二）第9条[2026-12-01]. https://duidu.test/plans/guangzhou-opening-2021-2025/#p4-s2-i9.',
    );
  });

  it('the news report is a newspaper article by its reporters, the cited place where a page number goes', () => {
    expect(toGbt7714(cite('yuzhong-news-2024', 'rencai-q3'))).toBe(
      '李佳佳, 陈锐. 人文渝中 尚品教育 渝中区加快建设全国一流教育强区[N/OL]. 2024-12(“人才推动”部分第3段)[2026-12-01]. https://duidu.test/plans/yuzhong-news-2024/#rencai-q3.',
    );
  });

  it('without a URL or an access date, neither is invented', () => {
    const s = { ...cite('yuzhong-international-2019', 'p3-s5', null), url: null, locator: '' };
    expect(toGbt7714(s)).toBe('重庆市渝中区人民政府办公室. 重庆市渝中区人民政府办公室关于印发《渝中区推进教育国际化的工作方案》的通知: 渝中府办〔2019〕34号[R/OL]. (2019-05-30).');
  });
});

describe('APA 7', () => {
  it('an institution, the year, the italic title with its gloss and the 文号', () => {
    expect(toApa(cite('yuzhong-international-2019', 'p3-s5'))).toMatch(
      /^General Office of the People's Government of Yuzhong District, Chongqing\. \(2019\)\. \u0000i\u0000重庆市渝中区.*\[Notice of the General Office.*\]\u0000\/i\u0000 \(No\. 渝中府办〔2019〕34号\)\. https:\/\/duidu\.test\//,
    );
  });

  it('no author: the title keeps its gloss in the author’s place, and the retrieval date is spelt out', () => {
    expect(plainText(toApa(cite('guangzhou-opening-2021-2025', 'p4-s2-i9')))).toBe(
      '广州市教育对外开放“十四五”规划 [Guangzhou 14th Five-Year Plan for Opening Up Education to the World]. (n.d.). Retrieved December 1, 2026, from https://duidu.test/plans/guangzhou-opening-2021-2025/#p4-s2-i9',
    );
  });

  it('reporters inverted with initials, in pinyin', () => {
    expect(toApa(cite('yuzhong-news-2024', 'rencai-q3'))).toMatch(/^Li, J\., & Chen, R\. \(2024, December\)\. /);
  });
});

describe('names', () => {
  it('a Chinese name splits into family and given name, with pinyin read as a surname', () => {
    expect(personName('单雄信')).toMatchObject({ family: '单', given: '雄信', latin: { family: 'Shan', given: 'Xiongxin' } });
    expect(personName('欧阳修')).toMatchObject({ family: '欧阳', given: '修', latin: { family: 'Ouyang', given: 'Xiu' } });
  });
});

describe('exports', () => {
  const s = cite('yuzhong-international-2019', 'p3-s5');
  it('CSL-JSON: a report by its issuing body, with no publisher repeating it and the title as printed', () => {
    const item = toCslJson('yz', s);
    expect(item).toMatchObject({
      type: 'report',
      title: '重庆市渝中区人民政府办公室关于印发《渝中区推进教育国际化的工作方案》的通知',
      author: [{ literal: '重庆市渝中区人民政府办公室' }],
      number: '渝中府办〔2019〕34号',
      issued: { 'date-parts': [[2019, 5, 30]] },
    });
    expect(item).not.toHaveProperty('publisher');
    expect(item['note']).toContain('引文位置：第三部分（五）');
  });
  it('RIS: 文号 as the report number (SN), the gloss as a translated title (TT), nothing in T2 or M1', () => {
    const ris = toRis(s);
    expect(ris).toMatch(/^TY {2}- RPRT\r\nAU {2}- 重庆市渝中区人民政府办公室,\r\nTI {2}- 重庆市渝中区人民政府办公室关于印发/);
    expect(ris).toContain('\r\nSN  - 渝中府办〔2019〕34号\r\n');
    expect(ris).toContain('\r\nTT  - Notice of the General Office');
    expect(ris).toContain('\r\nDA  - 2019/05/30/\r\n');
    expect(ris).not.toMatch(/^(T2|M1) /m);
  });
  it('BibTeX: @report with its number, the news an @article of a newspaper, the date given once', () => {
    const bib = toBibtex('yz', s);
    expect(bib).toMatch(/^@report\{yz,\n {2}author = \{\{重庆市渝中区人民政府办公室\}\},/);
    expect(bib).toContain('number = {渝中府办〔2019〕34号}');
    expect(bib).toContain('date = {2019-05-30}');
    expect(bib).not.toMatch(/^ {2}(year|month|institution) =/m);
    expect(toBibtex('news', cite('yuzhong-news-2024', 'rencai-q3'))).toMatch(/^@article\{news,\n {2}author = \{李, 佳佳 and 陈, 锐\},[\s\S]*entrysubtype = \{newspaper\}/);
  });
  it.each(documentIds.map((id) => [id]))('%s: a file built without a known address has no URL and no access date', (id) => {
    const file = toCitationSource(frontmatterOf(id), null, null);
    expect(toRis(file)).not.toMatch(/^(UR|Y2) /m);
    expect(toBibtex(id, file)).not.toMatch(/^ {2}(url|urldate) =/m);
    expect(Object.keys(toCslJson(id, file))).not.toEqual(expect.arrayContaining(['URL']));
    expect(toCslJson(id, file)).not.toHaveProperty('accessed');
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
    expect(toGbt7714({ ...base, locator: '第一部分' })).toBe('佚名. 某规划[R/OL]. 第一部分[2026-11-23]. https://duidu.test/plans/x/.');
    expect(toGbt7714({ ...base, date: { date: '2021-07', precision: 'month' } })).toBe('佚名. 某规划[R/OL]. (2021-07)[2026-11-23]. https://duidu.test/plans/x/.');
  });
  it('APA (as the official style renders a report): no author puts the title and gloss first, retrieval date spelt out; a dated report gives its year; three authors end with &', () => {
    expect(plainText(toApa(base))).toBe('某规划 [A plan]. (n.d.). Retrieved November 23, 2026, from https://duidu.test/plans/x/');
    expect(plainText(toApa({ ...base, authors: people, date: { date: '2021-07', precision: 'month' }, label: '一（二）', docNumber: '渝府发〔2021〕1号' }))).toBe(
      '张三, 李四, & 王五. (2021). 某规划 [A plan] (No. 渝府发〔2021〕1号). https://duidu.test/plans/x/',
    );
    expect(plainText(toApa({ ...base, authors: [people[0]!], date: { date: '2021-12-01', precision: 'day' } }))).toMatch(/^张三\. \(2021\)\. 某规划/);
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

describe('APA dates and names a reader checks against the style guide', () => {
  const base: CitationSource = {
    authors: [],
    title: '某报道',
    titleEn: 'A report',
    docNumber: null,
    date: null,
    type: 'news-report',
    url: null,
    accessed: null,
    locator: '',
    label: '',
  };
  const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  it.each(MONTH_NAMES.map((name, i) => [name, i + 1]))('a retrieval date in %s is spelt with its month name', (name, month) => {
    expect(apaDate(`2026-${String(month).padStart(2, '0')}-07`)).toBe(`${name} 7, 2026`);
  });
  it('a month alone has no day or comma, and a year alone is the year', () => {
    expect(apaDate('2024-12')).toBe('December 2024');
    expect(apaDate('2024')).toBe('2024');
  });
  it('a newspaper article gives its full date; with no address nothing follows the title', () => {
    expect(plainText(toApa({ ...base, date: { date: '2024-03-05', precision: 'day' } }))).toBe('某报道 [A report]. (2024, March 5).');
  });
  it('three institutions end with a serial comma before &, two with none', () => {
    const bodies = ['Office A', 'Office B', 'Office C'].map((name) => ({ name, nameEn: name, institution: true }));
    expect(toApa({ ...base, authors: bodies })).toMatch(/^Office A, Office B, & Office C\. /);
    expect(toApa({ ...base, authors: bodies.slice(0, 2) })).toMatch(/^Office A & Office B\. /);
  });
  it('initials: each word of a given name and each part of a hyphenated one, whatever the spacing', () => {
    const apa = (name: string) => toApa({ ...base, authors: [personName(name)] }).split(' (n.d.)')[0];
    expect(apa('Mary Ann Smith')).toBe('Smith, M. A.');
    expect(apa('Mary  Ann Smith')).toBe('Smith, M. A.');
    expect(apa('Mary Ann  Smith')).toBe('Smith, M. A.');
    expect(apa('Xiao-Ming Wang')).toBe('Wang, X.-M.');
  });
  it('a person known by one name is cited by it, not dropped or broken', () => {
    expect(plainText(toApa({ ...base, authors: [personName('Madonna')] }))).toBe('Madonna. (n.d.). 某报道 [A report].');
    expect(plainText(toApa({ ...base, authors: [personName('李')] }))).toBe('李. (n.d.). 某报道 [A report].');
    expect(plainText(toApa({ ...base, authors: [personName('  Madonna')] }))).toBe('Madonna. (n.d.). 某报道 [A report].');
  });
});
