import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schemas/clause.ts';
import type { DocumentMeta } from '../../src/schemas/document.ts';
import { codeClause } from './code-clause.ts';
import { codeDocument } from './code-document.ts';

const clause = (text: string, extra: Partial<Clause> = {}): Clause => ({ id: 'p2-s1-i1', label: '二（一）1', kind: 'item', parent: null, number: '', heading: '', text, line: 1, ...extra });
const strengthOf = (text: string, extra: Partial<Clause> = {}) => {
  const c = codeClause(clause(text, extra), {});
  return [c.strength, c.strengthWords.map((w) => w.word), c.hedges.map((w) => w.word)];
};

describe('commitment strength', () => {
  it('the strongest wording decides, and the words that decided it are kept with their places', () => {
    expect(strengthOf('鼓励社区开办夜校。严禁以任何名义收取择校费。')).toEqual(['binding', ['严禁'], ['鼓励']]);
    const c = codeClause(clause('各区务必按时完成。'), {});
    expect(c.strengthWords.map((w) => c && clause('各区务必按时完成。').text.slice(w.start, w.end))).toEqual(['务必']);
  });

  it('a soft word governs its list, not a plain commitment that follows it', () => {
    expect(strengthOf('力争新建研学营地4个，设立交流中心2个。')).toEqual(['aspirational', ['力争'], []]);
    expect(strengthOf('探索设立区域联盟，坚持开放办学。')).toEqual(['directive', ['坚持'], ['探索']]);
    expect(strengthOf('支持企业参与办学，共同开发课程。')).toEqual(['encouraging', ['支持'], []]);
  });

  it('an inline heading names the subject; the body says how firmly', () => {
    const heading = '8.加强与海外博物馆的合作。';
    expect(strengthOf(`${heading}鼓励学校与博物馆共建课程。`, { number: '8.', heading: '加强与海外博物馆的合作。' })).toEqual(['encouraging', ['鼓励'], []]);
  });

  it('重要 and 需要 are not 要, 党组织 is not 组织', () => {
    expect(strengthOf('这是重要的需要。')[0]).toBe('none');
  });
});

describe('policy instruments', () => {
  it('the instrument named most often is the main one, and each keeps its words', () => {
    const c = codeClause(clause('设立专项资金，建设实训基地，完善考核机制。'), {});
    expect(c.instrument).toBe('supply');
    expect(c.instrumentWords.environment.map((w) => w.word)).toEqual(['考核', '机制']);
    expect(codeClause(clause('扩大师生互访，深化交流合作，打造留学品牌。'), {}).instrument).toBe('demand');
  });

  const instrumentOf = (text: string) => codeClause(clause(text), {}).instrument;

  it('who a measure is for (外籍, 国际学生, 港澳, 海外, 一带一路, 来华) is not how: a school for them is supply', () => {
    expect(instrumentOf('加快为外籍家庭和港澳家庭的孩子开办子女学校，面向海外和来华国际学生编写教材。')).toBe('supply');
    expect(instrumentOf('在一带一路沿线城市设立语言培训基地。')).toBe('supply');
  });

  it('exchange and cooperation are a demand instrument across borders only: with a neighbouring county they are organisation', () => {
    const c = codeClause(clause('加强与邻近县份的教育交流合作，建立两地联席会议制度。'), {});
    expect(c).toMatchObject({ instrument: 'environment', instrumentWords: { demand: [] } });
    expect(instrumentOf('加强与境外姐妹城市的教育交流合作，建立两地联席会议制度。')).toBe('demand');
  });

  it('cooperation at home is organisation even with nothing else named, and the Greater Bay Area is at home while Hong Kong and Macao are across a border', () => {
    expect(codeClause(clause('深化与闽浙等毗邻地区的教育交流合作。'), {}).instrument).toBe('environment');
    expect(instrumentOf('加强与京津冀、粤港澳大湾区等区域的教育交流合作。')).toBe('environment');
    expect(instrumentOf('支持本地高校与港澳高校合作举办专业。')).toBe('demand');
  });

  it('the education system (教育系统) is the sector a measure is for, not an information system supplied', () => {
    expect(instrumentOf('加强教育系统作风建设，健全廉政机制。')).toBe('environment');
    expect(instrumentOf('建设全市教学信息系统。')).toBe('supply');
  });

  it('off-campus tutoring is a sector governed, not training supplied; a degree type is not a school place', () => {
    expect(instrumentOf('深化校外培训专项整治，培训机构一律纳入规范名录。')).toBe('environment');
    expect(instrumentOf('发展专业学位与学术学位教育，改进评价办法。')).toBe('environment');
  });

  it('an organisational structure (架构) is environment', () => {
    expect(instrumentOf('理顺县乡两级组织架构，搭建运营平台。')).toBe('environment');
  });

  it('science parks and enrolment places are supply', () => {
    expect(instrumentOf('在新区布点大学科技园，健全孵化机制。')).toBe('supply');
    expect(instrumentOf('稳步扩大本科招生规模，完善录取制度。')).toBe('supply');
  });

  it('showcase schools and benchmarks are demonstration, a demand instrument; so are international meetings and schools run abroad', () => {
    expect(instrumentOf('遴选一批窗口学校，加强宣传。')).toBe('demand');
    expect(instrumentOf('树立一批标杆，加强宣传。')).toBe('demand');
    expect(instrumentOf('轮流举办国际性学术会议与国际性赛事，完善管理办法。')).toBe('demand');
    expect(instrumentOf('支持技工院校开展境外办学，加强管理。')).toBe('demand');
  });

  it('a goal is a planning instrument whatever its words', () => {
    expect(codeClause(clause('到2040年，实训基地覆盖全部县区。'), { goal: true })).toMatchObject({ strength: 'directive', instrument: 'environment' });
  });
});

describe('clauses that commit nothing, and dated commitments without a number', () => {
  const meta = (type: DocumentMeta['type']) => ({ type, region: 'town', period: { start: 2031, end: 2035 }, published: 'unknown', issued: 'unknown' }) as const;
  const clauses: Clause[] = [
    { ...clause('为推进开放，制定本方案。', { id: 'q1', kind: 'paragraph' }) },
    { ...clause('一、发展现状', { id: 'p1', kind: 'part', number: '一、', heading: '发展现状' }) },
    { ...clause('已建成研学基地3个，确保了安全。', { id: 'p1-q1', kind: 'paragraph', parent: 'p1' }) },
    { ...clause('二、主要任务', { id: 'p2', kind: 'part', number: '二、', heading: '主要任务' }) },
    { ...clause('到2033年，乡村学校实现午餐供应全覆盖，留学生招收实现零突破。', { id: 'p2-q1', kind: 'paragraph', parent: 'p2' }) },
    { ...clause('全面普及学前教育。', { id: 'p2-q2', kind: 'paragraph', parent: 'p2' }) },
  ];

  it('a purpose statement and a review of the past commit nothing, and say why', () => {
    const coded = codeDocument({ id: 'plan', meta: meta('five-year-plan'), clauses }).clauses;
    expect(coded['q1']).toMatchObject({ strength: 'none', noneReason: 'a purpose statement' });
    expect(coded['p1-q1']).toMatchObject({ strength: 'none', noneReason: "the plan's review of its past or situation" });
    expect(coded['p2-q1']?.strength).toBe('directive');
  });

  it('a report commits nothing, whatever its words', () => {
    const coded = codeDocument({ id: 'news', meta: meta('news-report'), clauses }).clauses;
    expect(Object.values(coded).every((c) => c.strength === 'none')).toBe(true);
  });

  it('end states promised by a year are records, dated by their sentence or the plan’s last year', () => {
    const { dated } = codeDocument({ id: 'plan', meta: meta('five-year-plan'), clauses });
    expect(dated.map((d) => [d.clause, d.year, d.yearBasis, d.state, d.quote])).toEqual([
      ['p2-q1', 2033, 'stated', '全覆盖', '乡村学校实现午餐供应全覆盖'],
      ['p2-q1', 2033, 'stated', '零突破', '留学生招收实现零突破'],
      ['p2-q2', 2033, 'context', '全面普及', '全面普及学前教育'],
    ]);
  });
});
