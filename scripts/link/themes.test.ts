import { describe, expect, it } from 'vitest';
import type { Theme } from '../../src/schemas/theme.ts';
import { buildThemeMatcher } from './themes.ts';

const theme = (id: string, terms: string[], exclude: string[] = []): Theme => ({
  id, name: id, nameEn: id, group: 'opening', description: 'd', descriptionEn: 'd', terms, exclude, related: [],
});

const match = buildThemeMatcher([
  theme('luban', ['鲁班工坊', '鲁班'], ['鲁班奖']),
  theme('talent', ['引智', '引进国外智力', '海外引智计划']),
  theme('sister', ['友好学校', '姊妹学校', '友校', '盟校']),
]);

describe('theme matcher', () => {
  it('finds aliases with their spans', () => {
    expect(match('实施海外盟校计划，缔结友好学校')).toEqual([{ theme: 'sister', spans: [[4, 6], [11, 15]] }]);
  });

  it('ignores decoys: 鲁班奖 is not 鲁班工坊, 智能 is not 引智', () => {
    expect(match('获鲁班奖，建设智能校园')).toEqual([]);
    expect(match('获鲁班奖，建设鲁班工坊')).toEqual([{ theme: 'luban', spans: [[7, 11]] }]);
  });

  it('keeps the longest term where one theme’s terms nest', () => {
    expect(match('实施海外引智计划')).toEqual([{ theme: 'talent', spans: [[2, 8]] }]);
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
