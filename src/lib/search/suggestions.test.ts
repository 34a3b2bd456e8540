import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { aliasesOf, correctionFor, documentNamed, documentShard, documentShards, matchSuggestions, resolveLetters, toSearchTerm, toSuggestion, type ToPinyin } from './suggestions.ts';
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

describe('queries in letters resolve to what they name', () => {
  const themes = [
    ...all,
    toSuggestion('theme', '外籍人员子女学校与国际学校', 'International Schools', '/themes/international-schools/', toPinyin, ['外籍人员子女', '国际学校', '国际化学校']),
  ];
  it('English, pinyin and initials name a theme; a pinyin term names that term', () => {
    expect(resolveLetters(themes, 'Luban workshop')).toMatchObject({ suggestion: { label: '鲁班工坊' }, term: '鲁班工坊' });
    expect(resolveLetters(themes, 'lbgf')?.term).toBe('鲁班工坊');
    expect(resolveLetters(themes, 'guojixuexiao')).toMatchObject({ suggestion: { url: '/themes/international-schools/' }, term: '国际学校' });
  });
  it('Chinese, two letters or letters that spell nothing resolve to nothing', () => {
    expect(resolveLetters(themes, '鲁班')).toBeUndefined();
    expect(resolveLetters(themes, 'lb')).toBeUndefined();
    expect(resolveLetters(themes, 'zzzq')).toBeUndefined();
  });
});

describe('near misses', () => {
  const terms = all.map(toSearchTerm);
  it('鲁斑工坊 is offered 鲁班工坊', () => expect(correctionFor(terms, '鲁斑工坊')).toBe('鲁班工坊'));
  it('a term as written, or a short query, is offered nothing', () => {
    expect(correctionFor(terms, '鲁班工坊')).toBeUndefined();
    expect(correctionFor(terms, '友好')).toBeUndefined();
  });
  it('a document is named by its full title or 文号', () => {
    const doc = { ...toSuggestion('document', '渝中区教育国际化方案', 'Yuzhong plan', '/plans/yz/', toPinyin), document: 'yz', names: ['渝中区推进教育国际化的工作方案', '渝中府办〔2019〕34号'] };
    expect(documentNamed([toSearchTerm(doc)], '渝中府办[2019]34号')?.document).toBe('yz');
  });
  it('a query finds a document it names in the one shard of names its first character opens', () => {
    const yz = toSearchTerm({ ...toSuggestion('document', '渝中区教育国际化方案', 'Yuzhong plan', '/plans/yz/', toPinyin), document: 'yz', names: ['渝中区推进教育国际化的工作方案', '渝中府办〔2019〕34号'] });
    const gz = toSearchTerm({ ...toSuggestion('document', '广州市教育对外开放规划', 'Guangzhou plan', '/plans/gz/', toPinyin), document: 'gz', names: ['廣州市教育對外開放“十四五”規劃'] });
    const shards = documentShards([yz, gz]);
    // A document stands under the first character of each name (渝 once for its three names; 广 and 廣).
    expect([...shards.keys()].sort()).toEqual(['广', '廣', '渝'].map(documentShard).sort());
    expect(shards.get(documentShard('渝'))!.map((d) => d.document)).toEqual(['yz']);
    expect(shards.get(documentShard('广'))!.map((d) => d.document)).toEqual(['gz']);
    for (const query of ['渝中府办[2019]34号', '渝中区推进教育国际化的工作方案', ' 廣州市教育對外開放“十四五”規劃']) {
      const named = documentNamed(shards.get(documentShard(query)) ?? [], query);
      expect(named?.document, query).toBe(query.includes('渝') ? 'yz' : 'gz');
    }
    expect(documentShard('  ')).toBe('');
  });
});
