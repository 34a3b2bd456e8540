/**
 * What a reader is told about an aligned pair, the same on plan, theme and compare pages:
 * `编辑确认；共同：鲁班工坊、境外办学；得分 0.54`. Pure, and plain text (callers escape it for HTML).
 */
export interface AlignedFacts {
  by: 'aligner' | 'editor' | 'both';
  score: number;
  /** Shared theme ids, strongest first. */
  themes: readonly string[];
  /** Shared names and words, strongest first. */
  terms: readonly string[];
}

export function describeAligned(a: AlignedFacts, themeName: (id: string) => string, shown = 4): string {
  const by = a.by === 'editor' ? '编辑判定；' : a.by === 'both' ? '编辑确认；' : '';
  const shared = [...a.themes.map(themeName), ...a.terms].filter((x, i, all) => all.indexOf(x) === i).slice(0, shown);
  return `${by}${shared.length ? `共同：${shared.join('、')}；` : ''}得分 ${a.score.toFixed(2)}`;
}
