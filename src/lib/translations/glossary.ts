/** The glossary as the site reads it: the English name of a Chinese term, where the glossary has one. */
import glossaryJson from '../../../content/translations/glossary.json';
import { Glossary } from '../../schemas/translation.ts';

const terms = new Map(Glossary.parse(glossaryJson).terms.map((t) => [t.zh, t]));

/**
 * A name's English without its Chinese gloss (`Luban Workshop`, `“Double Reduction”`): pages show
 * the Chinese beside it themselves. Undefined when the glossary does not have the name.
 */
export function glossaryEnglish(zh: string): string | undefined {
  return terms.get(zh)?.en;
}
