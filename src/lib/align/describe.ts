/**
 * What a reader is told about an aligned pair, the same on plan, theme and compare pages:
 * `编辑确认；共同：鲁班工坊、境外办学；得分 0.54`, in English
 * `confirmed by an editor; shared: Luban Workshop, 境外办学; score 0.54`. Pure.
 */
import type { Lang } from '../i18n/lang.ts';

export interface AlignedFacts {
  by: 'aligner' | 'editor' | 'both';
  score: number;
  /** Shared theme ids, strongest first. */
  themes: readonly string[];
  /** Shared names and words, strongest first. */
  terms: readonly string[];
}

/** What the pair shares, themes first, without repeats (a theme named like a shared word counts once). */
function sharedOf(a: AlignedFacts, themeName: (id: string) => string, shown: number): { theme?: string; text: string }[] {
  const items = [...a.themes.map((id) => ({ theme: id, text: themeName(id) })), ...a.terms.map((text) => ({ text }))];
  return items.filter((x, i) => items.findIndex((y) => y.text === x.text) === i).slice(0, shown);
}

/** Plain text (callers escape it for HTML). */
export function describeAligned(a: AlignedFacts, themeName: (id: string) => string, shown = 4): string {
  const by = a.by === 'editor' ? '编辑判定；' : a.by === 'both' ? '编辑确认；' : '';
  const shared = sharedOf(a, themeName, shown).map((x) => x.text);
  return `${by}${shared.length ? `共同：${shared.join('、')}；` : ''}得分 ${a.score.toFixed(2)}`;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The same as HTML, bracketed, in either edition. The English names shared themes in English;
 * shared words are the plans' own Chinese words, so they stay Chinese, marked as such.
 */
export function describeAlignedHtml(a: AlignedFacts, themeName: { zh: (id: string) => string; en: (id: string) => string }, lang: Lang, shown = 4): string {
  if (lang === 'zh') return `（${escape(describeAligned(a, themeName.zh, shown))}）`;
  const by = a.by === 'editor' ? 'judged by an editor; ' : a.by === 'both' ? 'confirmed by an editor; ' : '';
  const shared = sharedOf(a, themeName.zh, shown).map((x) => (x.theme ? escape(themeName.en(x.theme)) : `<span lang="zh-CN">${escape(x.text)}</span>`));
  return ` (${by}${shared.length ? `shared: ${shared.join(', ')}; ` : ''}score ${a.score.toFixed(2)})`;
}
