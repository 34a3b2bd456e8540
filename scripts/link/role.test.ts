import { describe, expect, it } from 'vitest';
import { citedTitles, inExampleList, insideCitedTitle, themeRole, type Span } from './role.ts';

/** The span of the first `term` in `text`. */
const at = (text: string, term: string, from = 0): Span => {
  const s = text.indexOf(term, from);
  if (s < 0) throw new Error(`${term} not in ${text}`);
  return [s, s + term.length];
};

describe('cited titles', () => {
  it('are the 《…》 spans, brackets included', () => {
    expect(citedTitles('根据《规划纲要》和《实施意见》')).toEqual([[2, 8], [9, 15]]);
  });
  it('hold a term only when the whole term lies between the brackets', () => {
    const text = '根据《粤港澳大湾区发展规划纲要》，建设大湾区';
    expect(insideCitedTitle(text, at(text, '大湾区'))).toBe(true);
    expect(insideCitedTitle(text, at(text, '大湾区', 10))).toBe(false);
    expect(insideCitedTitle(text, [1, 4])).toBe(false);
    expect(insideCitedTitle(text, citedTitles(text)[0]!)).toBe(true);
  });
});

describe('example lists', () => {
  const text = '完善体育、美育、生活等基础设施设备';
  it('take an item of three or more, closed by 等 and a noun, as one example', () => {
    expect(inExampleList(text, at(text, '美育'))).toBe(true);
    expect(inExampleList(text, at(text, '生活'))).toBe(true);
    expect(inExampleList(text, at(text, '体育'))).toBe(true);
  });
  it('not a pair, which names both its subjects', () => {
    const pair = '完善体育、美育等基础设施设备';
    expect(inExampleList(pair, at(pair, '美育'))).toBe(false);
  });
  it('not a list that ends the phrase at 等, with no noun after it', () => {
    for (const end of ['完善体育、美育、生活等', '完善体育、美育、生活等。开展交流']) expect(inExampleList(end, at(end, '美育'))).toBe(false);
  });
  it('not a term after 等, nor one in the verb before the first item', () => {
    expect(inExampleList(text, at(text, '设施'))).toBe(false);
    const long = '全面深化教育领域综合改革推动对外开放体育、美育、生活等基础设施';
    expect(inExampleList(long, at(long, '全面深化'))).toBe(false);
    expect(inExampleList(long, at(long, '美育'))).toBe(true);
  });
  it('not a list whose items run past sixteen characters: those are clauses of their own', () => {
    const item = '甲'.repeat(17);
    const clauseList = `推进体育、${item}、生活等工作`;
    expect(inExampleList(clauseList, at(clauseList, '生活'))).toBe(false);
    const atLimit = `推进体育、${'甲'.repeat(16)}、生活等工作`;
    expect(inExampleList(atLimit, at(atLimit, '生活'))).toBe(true);
  });
  it('not across a comma: a list in the next phrase says nothing of this one', () => {
    const two = '深化美育，完善体育、音乐、生活等设施';
    expect(inExampleList(two, at(two, '美育'))).toBe(false);
    expect(inExampleList(two, at(two, '音乐'))).toBe(true);
  });
  it('not a term that ends the phrase, though the term itself holds 等 (高等教育)', () => {
    const tail = '完善体育、美育、高等教育';
    expect(inExampleList(tail, at(tail, '高等教育'))).toBe(false);
  });
  it('whatever the length of the noun after 等', () => {
    const long = '完善体育、美育、生活等学校和社区的基础设施设备与场地';
    expect(inExampleList(long, at(long, '美育'))).toBe(true);
  });
  it('of a long first item, only its last sixteen characters, the rest being the verb before the list', () => {
    const item = '国际理解教育特色学校建设工作推进'; // 16 characters
    const text = `全面深化${item}、美育、生活等设施`;
    expect(inExampleList(text, [4, 6])).toBe(true);
    expect(inExampleList(text, [3, 6])).toBe(false);
  });
  it('not an empty item', () => {
    const empty = '完善体育、、美育、生活等设施';
    expect(inExampleList(empty, at(empty, '生活'))).toBe(false);
  });
});

describe('the role of a link', () => {
  it('is a mention when every span is in a cited title or one example of a list', () => {
    const cited = '根据《国际学校管理办法》，加强管理';
    expect(themeRole(cited, [at(cited, '国际学校')])).toBe('mention');
    const list = '完善体育、美育、生活等基础设施设备';
    expect(themeRole(list, [at(list, '美育')])).toBe('mention');
    const both = '落实《美育工作意见》，完善体育、美育、生活等设施';
    expect(themeRole(both, [at(both, '美育'), at(both, '美育', 8)])).toBe('mention');
  });
  it('is about the theme as soon as one span stands in the text itself', () => {
    const text = '根据《国际学校管理办法》，办好国际学校';
    expect(themeRole(text, [at(text, '国际学校'), at(text, '国际学校', 10)])).toBe('about');
    expect(themeRole('深化美育改革', [[2, 4]])).toBe('about');
  });
});
