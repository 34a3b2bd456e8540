import { pinyin } from 'pinyin-pro';
import type { ToPinyin } from './suggestions.ts';

/** Toneless pinyin and initials, lower case: 鲁班工坊 → luban gongfang → `lubangongfang`, `lbgf`. */
export const toPinyin: ToPinyin = (text) => ({
  full: pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase(),
  initials: pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase(),
});
