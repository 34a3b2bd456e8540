import type { ThemeIndex } from '../../src/schemas/links.ts';
import type { ThemesGolden } from '../../src/schemas/theme.ts';

export interface ThemeScore {
  theme: string;
  tp: number;
  fp: number;
  fn: number;
}

export interface GoldenScore {
  rows: ThemeScore[];
  precision: number;
  recall: number;
  /** Judged links (true positives + false negatives). */
  judgedLinks: number;
  judged: string[];
  /** Documents in the corpus the golden set does not judge: their links are not measured. */
  notJudged: string[];
}

/**
 * Precision and recall of the linker's theme index against the golden set, over the judged
 * documents only: a link in a document nobody judged is neither right nor wrong yet.
 */
export function measureLinks(index: ThemeIndex, golden: ThemesGolden, themes: readonly string[], documents: readonly string[]): GoldenScore {
  const judged = golden.judged.map((j) => j.document);
  const pairs = (byDoc: Record<string, string[]> = {}) =>
    new Set(Object.entries(byDoc).flatMap(([d, ids]) => (judged.includes(d) ? ids.map((id) => `${d}#${id}`) : [])));
  const rows = themes.map((theme): ThemeScore => {
    const got = pairs(index[theme]);
    const want = pairs(golden.themes[theme]);
    const tp = [...got].filter((x) => want.has(x)).length;
    return { theme, tp, fp: got.size - tp, fn: want.size - tp };
  });
  const sum = (k: 'tp' | 'fp' | 'fn') => rows.reduce((n, r) => n + r[k], 0);
  return {
    rows,
    precision: sum('tp') / Math.max(1, sum('tp') + sum('fp')),
    recall: sum('tp') / Math.max(1, sum('tp') + sum('fn')),
    judgedLinks: sum('tp') + sum('fn'),
    judged,
    notJudged: documents.filter((d) => !judged.includes(d)),
  };
}
