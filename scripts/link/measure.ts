import type { DocumentLinks, ThemeRole } from '../../src/schemas/links.ts';
import type { ThemesGolden } from '../../src/schemas/theme.ts';

export interface ThemeScore {
  theme: string;
  /** Links to clauses judged about the theme or judged to mention it. */
  tp: number;
  /** Links to clauses judged neither. */
  fp: number;
  /** Clauses judged about the theme that have no link. */
  fn: number;
  /** Clauses judged about the theme. */
  about: number;
  /** Right links whose role (about / mention) is the judged one. */
  roleAgrees: number;
}

export interface GoldenScore {
  rows: ThemeScore[];
  precision: number;
  recall: number;
  /** Share of right links whose role is the judged one. */
  roleAgreement: number;
  /** Judged links (true positives + false negatives). */
  judgedLinks: number;
  judged: string[];
  /** Documents in the corpus the golden set does not judge: their links are not measured. */
  notJudged: string[];
  /** Right links whose role differs from the judged one: `theme document#clause: linked role → judged role`. */
  roleDisagreements: string[];
}

export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
export const precisionOf = (r: ThemeScore) => ratio(r.tp, r.tp + r.fp);
export const recallOf = (r: ThemeScore) => ratio(r.about - r.fn, r.about);

/**
 * Precision and recall of the linker against the golden set, over the judged documents only (a
 * link in a document nobody judged is neither right nor wrong yet). A link is right when the clause
 * is judged about the theme or judged to mention it; recall counts the clauses judged about it; the
 * role (about / mention) is measured apart, over the right links.
 */
export function measureLinks(links: readonly DocumentLinks[], golden: ThemesGolden, themes: readonly string[], documents: readonly string[]): GoldenScore {
  const judged = golden.judged.map((j) => j.document);
  const refs = (byDoc: Record<string, string[]> = {}) =>
    new Set(Object.entries(byDoc).flatMap(([d, ids]) => (judged.includes(d) ? ids.map((id) => `${d}#${id}`) : [])));
  const linked = new Map<string, Map<string, ThemeRole>>(themes.map((t) => [t, new Map()]));
  for (const l of links) {
    if (!judged.includes(l.document)) continue;
    for (const [id, e] of Object.entries(l.clauses)) for (const t of e.themes) linked.get(t.theme)?.set(`${l.document}#${id}`, t.role);
  }
  const roleDisagreements: string[] = [];
  let aboutTotal = 0;
  const rows = themes.map((theme): ThemeScore => {
    const got = linked.get(theme)!;
    const about = refs(golden.themes[theme]);
    const mentions = refs(golden.mentions[theme]);
    aboutTotal += about.size;
    let tp = 0;
    let roleAgrees = 0;
    for (const [ref, role] of got) {
      const judgedRole: ThemeRole | undefined = about.has(ref) ? 'about' : mentions.has(ref) ? 'mention' : undefined;
      if (!judgedRole) continue;
      tp++;
      if (role === judgedRole) roleAgrees++;
      else roleDisagreements.push(`${theme} ${ref}: linked ${role}, judged ${judgedRole}`);
    }
    return { theme, tp, fp: got.size - tp, fn: [...about].filter((r) => !got.has(r)).length, about: about.size, roleAgrees };
  });
  const sum = (k: 'tp' | 'fp' | 'fn' | 'roleAgrees') => rows.reduce((n, r) => n + r[k], 0);
  return {
    rows,
    precision: ratio(sum('tp'), sum('tp') + sum('fp')),
    recall: ratio(aboutTotal - sum('fn'), aboutTotal),
    roleAgreement: ratio(sum('roleAgrees'), sum('tp')),
    judgedLinks: aboutTotal,
    judged,
    notJudged: documents.filter((d) => !judged.includes(d)),
    roleDisagreements,
  };
}
