import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { aliasesOf, matchSuggestions, toSuggestion, type ToPinyin } from './suggestions.ts';
import { fold, simplifyWith } from '../text/fold.ts';
import { buildT2sTable } from './t2s.ts';

const toPinyin: ToPinyin = (t) => ({
  full: pinyin(t, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase(),
  initials: pinyin(t, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase(),
});

const all = [
  toSuggestion('theme', '鲁班工坊', 'Luban Workshops', '/themes/luban-workshop/', toPinyin, ['鲁班工坊']),
  toSuggestion('theme', '友好学校', 'Sister schools', '/themes/sister-schools/', toPinyin, ['友好学校', '姊妹学校', '友校']),
  toSuggestion('document', '广州市教育对外开放“十四五”规划', 'Guangzhou plan', '/plans/guangzhou/', toPinyin),
];

describe('search suggestions', () => {
  it('finds a theme by pinyin and by initials', () => {
    expect(matchSuggestions(all, 'luban')[0]?.label).toBe('鲁班工坊');
    expect(matchSuggestions(all, 'lbgf')[0]?.label).toBe('鲁班工坊');
  });

  it('finds by Chinese, by English and by an alias', () => {
    expect(matchSuggestions(all, '广州')[0]?.kind).toBe('document');
    expect(matchSuggestions(all, 'sister')[0]?.label).toBe('友好学校');
    expect(matchSuggestions(all, '姊妹')[0]?.label).toBe('友好学校');
  });

  it('names the other terms of a theme for alias search', () => {
    expect(aliasesOf(all, '姊妹学校')).toEqual(['友好学校', '友校']);
    expect(aliasesOf(all, '鲁班')).toEqual([]);
  });

  it('searches only the aliases the plans use, whatever alias the reader typed', () => {
    const used = [toSuggestion('theme', '友好学校', 'Sister schools', '/t/', toPinyin, ['友好学校', '姐妹学校', '友校'], ['友好学校', '友校'])];
    expect(aliasesOf(used, '姐妹学校')).toEqual(['友好学校', '友校']);
  });
});

describe('traditional to simplified', () => {
  it('maps the traditional forms of corpus characters back', () => {
    const table = buildT2sTable('鲁班工坊缔结姊妹学校', (ch) => ({ 鲁: '魯', 缔: '締', 结: '結', 学: '學' })[ch] ?? ch);
    expect(fold('魯班工坊', simplifyWith(table))).toBe('鲁班工坊');
    expect(fold('締結姊妹學校', simplifyWith(table))).toBe('缔结姊妹学校');
  });
});
