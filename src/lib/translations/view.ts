import type { Clause } from '../../schemas/clause.ts';
import type { Translation } from '../../schemas/translation.ts';
import { sourceFingerprint } from './fingerprint.ts';

/**
 * A clause as the English edition shows it: the Chinese, and the English where a translation
 * has one. `stale` when the Chinese changed after it was translated: shown, and marked.
 */
export type BilingualClause = Clause & ({ status: 'missing' } | { status: 'translated' | 'stale'; en: string; enHeading: string; enCells?: string[] });

/** Each clause with its English, in document order. */
export function bilingualClauses(clauses: readonly Clause[], translation: Translation | undefined): BilingualClause[] {
  return clauses.map((c) => {
    const t = translation?.clauses[c.id];
    if (!t) return { ...c, status: 'missing' };
    return {
      ...c,
      status: t.source === sourceFingerprint(c.text) ? 'translated' : 'stale',
      en: t.en,
      enHeading: t.heading ?? '',
      ...(t.cells ? { enCells: t.cells } : {}),
    };
  });
}

/** The English of a metadata field when it translates the current Chinese. */
export function translatedField(translation: Translation | undefined, field: string, zh: string): string | undefined {
  const t = translation?.metadata[field];
  return t && t.source === sourceFingerprint(zh) ? t.en : undefined;
}

export interface TranslationSummary {
  translated: number;
  stale: number;
  missing: number;
}

export function summarise(view: readonly BilingualClause[]): TranslationSummary {
  const count = (s: BilingualClause['status']) => view.filter((c) => c.status === s).length;
  return { translated: count('translated'), stale: count('stale'), missing: count('missing') };
}

/** Reading modes of the English edition's plan text, chosen by a link (`?text=en`). */
export const textModes = ['both', 'en', 'zh'] as const;
export type TextMode = (typeof textModes)[number];

/**
 * Clauses with their English number and heading in place of the Chinese, for lists that show
 * headings (the contents); untranslated clauses keep their Chinese.
 */
export function englishHeadings(view: readonly BilingualClause[]): Clause[] {
  return view.map((c) => {
    if (c.status === 'missing' || c.enHeading === '') return c;
    const at = c.en.indexOf(c.enHeading);
    return { ...c, number: at > 0 ? c.en.slice(0, at) : '', heading: c.enHeading };
  });
}

/** One clause's English, for pages that quote clauses outside their plan; undefined when untranslated. */
export function clauseEnglish(translation: Translation | undefined, clause: Clause): { en: string; stale: boolean } | undefined {
  const [view] = bilingualClauses([clause], translation);
  return view && view.status !== 'missing' ? { en: view.en, stale: view.status === 'stale' } : undefined;
}
