import type { DocumentLinks, ThemeRole } from '../schemas/links.ts';

export interface ByRole {
  /** Clauses about the theme, in document order. */
  about: string[];
  /** Clauses that only mention it (a cited title, an example in a list), in document order. */
  mention: string[];
}

/**
 * A document's clauses on a theme, those about it apart from those that only mention it, so a
 * page can lead with the first and still count the second. A clause the links file does not
 * know is counted as about it: a link without a role reads as the theme's subject.
 */
export function splitByRole(ids: readonly string[], clauses: DocumentLinks['clauses'] | undefined, theme: string): ByRole {
  const out: ByRole = { about: [], mention: [] };
  for (const id of ids) {
    const role: ThemeRole = clauses?.[id]?.themes.find((t) => t.theme === theme)?.role ?? 'about';
    out[role].push(id);
  }
  return out;
}

/** `3 条论及，1 条提及`, or one part alone; empty when there is nothing. */
export function roleCounts({ about, mention }: ByRole, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'en') return [about.length ? `${about.length} about the theme` : '', mention.length ? `${mention.length} mentioning it` : ''].filter(Boolean).join(', ');
  return [about.length ? `${about.length} 条论及` : '', mention.length ? `${mention.length} 条提及` : ''].filter(Boolean).join('，');
}
