/**
 * Traditional → simplified characters for folding in the pipeline and at build time, from OpenCC
 * (the `opencc-js` dictionaries). Not for the browser: the search page folds with the small table
 * the build writes (`/search/t2s.json`).
 */
import { Converter } from 'opencc-js';
import { fold, foldWithOffsets, type Folded, type Simplify } from './fold.ts';

let converters: ((s: string) => string)[] | undefined;
const table = new Map<string, string>();

/**
 * One character, traditional to simplified. OpenCC's standard traditional comes first; Hong Kong
 * forms (`敍`) next. Taiwan's table is left out: it reads `著` as `着`, which simplified text
 * also uses for 著名. Each character is converted once per process.
 */
export const toSimplified: Simplify = (ch) => {
  let s = table.get(ch);
  if (s === undefined) {
    converters ??= [Converter({ from: 't', to: 'cn' }), Converter({ from: 'hk', to: 'cn' })];
    s = ch;
    for (const convert of converters) {
      const c = convert(ch);
      if (c !== ch) {
        s = c;
        break;
      }
    }
    table.set(ch, s);
  }
  return s;
};

/** Text folded for matching (./fold.ts), traditional characters included. */
export const foldForMatching = (text: string): string => fold(text, toSimplified);

/** {@link foldForMatching} with the offsets that map spans back to the original. */
export const foldForMatchingWithOffsets = (text: string): Folded => foldWithOffsets(text, toSimplified);
