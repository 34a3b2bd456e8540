/**
 * Folding for matching: text is brought to one form so that `国(境)外` finds `国（境）外`, `ＡＩ`
 * finds `AI` and `國際學校` finds `国际学校`. Folded text is only ever compared, never shown or
 * cited: every span found in it maps back to the exact span of the original text
 * ({@link toSourceSpan}), and that is what pages mark.
 *
 * Each character folds on its own (no context), to one or more characters:
 * 1. compatibility forms by NFKC — full-width letters, digits and punctuation to ASCII (`（`→`(`,
 *    `：`→`:`, `，`→`,`, `％`→`%`), Kangxi radicals and compatibility ideographs to the unified
 *    ideograph (`⼈`→`人`), `…`→`...`; NFKC leaves unified ideographs alone, so it changes no
 *    Chinese word;
 * 2. variant punctuation to one mark: quotes to `"` and `'`, dashes to `-` (`——`→`--`), middle dots
 *    to `·`, wave dashes to `~`, `〔〕` to `[]`;
 * 3. traditional to simplified characters, by the table the caller passes (the pipeline's comes
 *    from OpenCC: ./simplify.ts; the search page's from `/search/t2s.json`).
 * Pure and dependency-free, so the pipeline and the browser fold alike.
 */

/** Traditional → simplified, one character at a time; a character with no other form comes back as is. */
export type Simplify = (ch: string) => string;

/** Text after folding, with where each of its UTF-16 units came from in the original. */
export interface Folded {
  readonly text: string;
  /** For each UTF-16 unit of `text`: the offset in the original where its source character starts. */
  readonly from: Int32Array;
  /** For each UTF-16 unit of `text`: the offset in the original where its source character ends. */
  readonly to: Int32Array;
  /** Length of the original text (UTF-16 units). */
  readonly sourceLength: number;
}

const VARIANTS: Readonly<Record<string, string>> = (() => {
  const table: Record<string, string> = {};
  const add = (chars: string, to: string) => {
    for (const ch of chars) table[ch] = to;
  };
  add('“”„‟〝〞〟「」『』', '"');
  add('‘’‚‛′', "'");
  add('‐‑‒–—―−⸺⸻﹘', '-');
  add('・‧•∙⋅', '·');
  add('〜', '~');
  add('〔［', '[');
  add('〕］', ']');
  return table;
})();

const noSimplify: Simplify = (ch) => ch;
const caches = new WeakMap<Simplify, Map<string, string>>();

/** One character (code point) folded; never empty, so every character of a text has a place in its fold. */
export function foldChar(ch: string, simplify: Simplify = noSimplify): string {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ch;
  let cache = caches.get(simplify);
  if (!cache) caches.set(simplify, (cache = new Map()));
  let out = cache.get(ch);
  if (out === undefined) {
    out = '';
    for (const c of ch.normalize('NFKC')) {
      const variant = VARIANTS[c];
      if (variant !== undefined) out += variant;
      else {
        // A table may map a form to another that maps on again; folding must be idempotent.
        let s = c;
        for (let i = 0, next = simplify(s); i < 3 && next !== s && next !== ''; i++, next = simplify(s)) s = next;
        out += s;
      }
    }
    cache.set(ch, out);
  }
  return out;
}

/** Folds text and records, for each unit of the result, the source character it came from. */
export function foldWithOffsets(text: string, simplify: Simplify = noSimplify): Folded {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(text.slice(i, i + width), simplify);
    out += folded;
    for (let k = 0; k < folded.length; k++) {
      from.push(i);
      to.push(i + width);
    }
    i += width;
  }
  return { text: out, from: Int32Array.from(from), to: Int32Array.from(to), sourceLength: text.length };
}

export function fold(text: string, simplify: Simplify = noSimplify): string {
  let out = '';
  for (const ch of text) out += foldChar(ch, simplify);
  return out;
}

/**
 * The span of the original text that folded into [start, end) of the folded text: from the start
 * of the source character of its first unit to the end of that of its last, so it covers exactly
 * the characters whose fold the span touches. An empty span maps to an empty span at its place.
 */
export function toSourceSpan(f: Folded, start: number, end: number): [number, number] {
  if (start < 0 || end > f.text.length || start > end) throw new RangeError(`span [${start}, ${end}) is outside the folded text (length ${f.text.length})`);
  if (start === end) {
    const at = start < f.text.length ? f.from[start]! : f.sourceLength;
    return [at, at];
  }
  return [f.from[start]!, f.to[end - 1]!];
}

/** A character table (`{ 魯: '鲁' }`) as a {@link Simplify}. */
export function simplifyWith(table: Readonly<Record<string, string>>): Simplify {
  return (ch) => (Object.hasOwn(table, ch) ? table[ch]! : ch);
}
