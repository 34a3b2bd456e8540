import { Converter } from 'opencc-js';
import { getClauseMap, getPlans, planUrl } from '../plans.ts';
import { getThemes, themeUrl } from '../themes.ts';
import { toPinyin } from './pinyin.ts';
import { toSuggestion, type Suggestion } from './suggestions.ts';
import { buildT2sTable } from './t2s.ts';

export async function siteSuggestions(): Promise<Suggestion[]> {
  const [plans, themes, clauses] = await Promise.all([getPlans(), getThemes(), getClauseMap()]);
  // Alias search runs one query per term: only terms the plans use are searched for.
  const corpus = [...clauses.values()].flat().map((c) => c.text).join('\n');
  return [
    ...themes.map((t) => {
      const terms = t.terms.includes(t.name) ? t.terms : [t.name, ...t.terms];
      return toSuggestion('theme', t.name, t.nameEn, themeUrl(t.id), toPinyin, terms, terms.filter((term) => corpus.includes(term)));
    }),
    ...plans.map((p) => toSuggestion('document', p.data.shortTitle, p.data.titleEn, planUrl(p.id), toPinyin)),
  ];
}

/** Traditional forms of every Han character in the corpus and theme terms → simplified. */
export async function siteT2sTable(): Promise<Record<string, string>> {
  const [clauses, themes] = await Promise.all([getClauseMap(), getThemes()]);
  const text = [...[...clauses.values()].flat().map((c) => c.text), ...themes.flatMap((t) => t.terms)].join('');
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  return buildT2sTable(text, (ch) => toTraditional(ch));
}
