import { describe, expect, it } from 'vitest';
import type { Theme } from '../../src/schemas/theme.ts';
import { buildThemeMatcher, withBroader } from './themes.ts';

const theme = (id: string, terms: string[], exclude: string[] = [], broader: string[] = []): Theme => ({
  id, name: id, nameEn: id, group: 'opening', description: 'd', descriptionEn: 'd', terms, exclude, related: [], broader,
});

const match = buildThemeMatcher([
  theme('luban', ['鲁班工坊', '鲁班'], ['鲁班奖']),
  theme('talent', ['引智', '引进国外智力', '海外引智计划']),
  theme('sister', ['友好学校', '姊妹学校', '友校', '盟校']),
]);

describe('theme matcher', () => {
  it('finds aliases with their spans', () => {
    expect(match('实施海外盟校计划，缔结友好学校')).toEqual([{ theme: 'sister', spans: [[4, 6], [11, 15]], role: 'about' }]);
  });

  it('ignores decoys: 鲁班奖 is not 鲁班工坊, 智能 is not 引智', () => {
    expect(match('获鲁班奖，建设智能校园')).toEqual([]);
    expect(match('获鲁班奖，建设鲁班工坊')).toEqual([{ theme: 'luban', spans: [[7, 11]], role: 'about' }]);
  });

  it('keeps the longest term where one theme’s terms nest', () => {
    expect(match('实施海外引智计划')).toEqual([{ theme: 'talent', spans: [[2, 8]], role: 'about' }]);
  });

  it('is deterministic and in theme order', () => {
    const text = '鲁班工坊与姊妹学校和引智';
    expect(match(text).map((l) => l.theme)).toEqual(['luban', 'talent', 'sister']);
    expect(match(text)).toEqual(match(text));
  });
});

describe('theme matcher on folded text', () => {
  const byWidth = buildThemeMatcher([theme('abroad', ['国（境）外'])]);

  it('matches across widths and scripts, marking the characters as printed', () => {
    for (const text of ['与国(境)外院校', '與國（境）外院校', '与国（境）外院校']) {
      const [link] = byWidth(text);
      expect(link?.spans.map(([s, e]) => text.slice(s, e)), text).toEqual([text.slice(1, 6)]);
    }
    const text = '締結姊妹學校，共建魯班工坊';
    expect(match(text).map((l) => [l.theme, l.spans.map(([s, e]) => text.slice(s, e))])).toEqual([
      ['luban', ['魯班工坊']],
      ['sister', ['姊妹學校']],
    ]);
  });

  it('folds exclusions alike: 魯班獎 is still not 鲁班工坊', () => {
    expect(match('獲魯班獎')).toEqual([]);
  });
});

describe('broader themes', () => {
  const nested = buildThemeMatcher([theme('workshop', ['鲁班工坊'], [], ['offshore']), theme('offshore', ['境外办学']), theme('other', ['友好学校'])]);

  it('a narrower theme’s link carries the broader theme, naming where it came from', () => {
    const text = '在泰国建设一所鲁班工坊';
    expect(nested(text)).toEqual([
      { theme: 'workshop', spans: [[7, 11]], role: 'about' },
      { theme: 'offshore', spans: [[7, 11]], role: 'about', via: 'workshop' },
    ]);
  });

  it('a clause on the broader theme by its own term keeps its own spans', () => {
    expect(nested('以鲁班工坊等形式开展境外办学').find((l) => l.theme === 'offshore')).toEqual({ theme: 'offshore', spans: [[10, 14]], role: 'about' });
  });

  it('does nothing for a clause without the narrower theme', () => {
    expect(nested('缔结友好学校').map((l) => l.theme)).toEqual(['other']);
  });
});

describe('about or a mention', () => {
  const roles = buildThemeMatcher([theme('arts', ['美育']), theme('bay', ['大湾区'])]);
  const roleOf = (text: string, id: string) => roles(text).find((l) => l.theme === id)?.role;

  it('a term only inside a cited title is a mention', () => {
    expect(roleOf('根据《大湾区教育合作规划》等文件精神，制定本方案。', 'bay')).toBe('mention');
    expect(roleOf('根据《合作规划》，深化大湾区教育合作。', 'bay')).toBe('about');
  });

  it('a term that is one example in a list closed by 等 and a noun is a mention', () => {
    expect(roleOf('完善体育、美育、生活等基础设施设备。', 'arts')).toBe('mention');
  });

  it('a list of two, a list not closed by 等, or a term as the subject is about', () => {
    expect(roleOf('加强体育、美育工作。', 'arts')).toBe('about');
    expect(roleOf('统筹推进德育、美育、劳动教育。', 'arts')).toBe('about');
    expect(roleOf('全面加强和改进学校美育，开设美育课程。', 'arts')).toBe('about');
  });

  it('one span outside the list makes the clause about the theme', () => {
    expect(roleOf('完善体育、美育、生活等设施。推进美育浸润行动。', 'arts')).toBe('about');
  });
});

describe('spans a reader sees marked', () => {
  it('marks one span where a theme lists a term in both scripts, or a term inside a longer one that ends with it', () => {
    expect(buildThemeMatcher([theme('intl', ['国际学校', '國際學校'])])('建设国际学校')).toEqual([{ theme: 'intl', spans: [[2, 6]], role: 'about' }]);
    expect(buildThemeMatcher([theme('talent', ['海外引智', '引智'])])('实施海外引智')).toEqual([{ theme: 'talent', spans: [[2, 6]], role: 'about' }]);
  });

  it('marks a printed character once when its folded form holds the term twice (… folds to ...)', () => {
    expect(buildThemeMatcher([theme('dots', ['..'])])('学校…')).toEqual([{ theme: 'dots', spans: [[2, 3]], role: 'about' }]);
  });

  it('lets a decoy cancel only the terms inside it, its last character included', () => {
    const talent = buildThemeMatcher([theme('talent', ['引智'], ['智能'])]);
    expect(talent('提升引智能力').map((l) => l.spans)).toEqual([[[2, 4]]]);
    const workshop = buildThemeMatcher([theme('workshop', ['工坊'], ['鲁班工坊'])]);
    expect(workshop('建设鲁班工坊')).toEqual([]);
  });

  it('finds nothing in Latin letters no theme names (STEM)', () => {
    expect(match('开展STEM教育')).toEqual([]);
  });
});

describe('broader themes reached twice', () => {
  const two = buildThemeMatcher([
    theme('workshop', ['鲁班工坊'], [], ['offshore']),
    theme('campus', ['海外分校'], [], ['offshore']),
    theme('offshore', ['境外办学']),
  ]);

  it('one link to the broader theme, spoken for by the first narrower theme, about if either is', () => {
    const links = two('依据《鲁班工坊建设指南》等文件，建设海外分校。');
    expect(links.filter((l) => l.theme === 'offshore')).toEqual([{ theme: 'offshore', spans: [[3, 7]], role: 'about', via: 'workshop' }]);
    expect(links.find((l) => l.theme === 'workshop')!.role).toBe('mention');
  });

  it('a broader theme reached only through mentions is a mention', () => {
    const links = two('依据《鲁班工坊建设指南》《海外分校管理办法》等文件精神，制定本方案。');
    expect(links.map((l) => [l.theme, l.role])).toEqual([['workshop', 'mention'], ['campus', 'mention'], ['offshore', 'mention']]);
  });

  it('a clause on the broader theme by its own term keeps its own link and role, once', () => {
    const links = two('参照《境外办学管理办法》，建设海外分校。');
    expect(links.filter((l) => l.theme === 'offshore')).toEqual([{ theme: 'offshore', spans: [[3, 7]], role: 'mention' }]);
  });

  it('adds nothing for a theme the map of broader themes does not know', () => {
    const links = [{ theme: 'x', spans: [[0, 1]] as [number, number][], role: 'about' as const }];
    expect(withBroader(links, new Map())).toEqual(links);
  });
});
