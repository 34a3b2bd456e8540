/**
 * Which variations (variations.ts) a synthetic document gets: drawn from the seeded random
 * source before its text is known, applied where they fit, and said in its meta note.
 */
import type { DocumentMeta } from '../../src/schemas/document.ts';
import type { Random } from './random.ts';
import { describeScheme, FULL_WIDTH, HALF_BRACKETS, renumberings, rewriteQuoted, TRADITIONAL, type CharRewrite } from './variations.ts';

/** How often a document is varied, each variation drawn on its own (so some have two or three). */
const RENUMBER_SHARE = 0.4;
const TRADITIONAL_SHARE = 0.25;
const WIDTH_SHARE = 0.3;

/** The variations drawn for one document, before knowing which text they will apply to. */
export interface Draw {
  /** Where in the fitting schemes to pick, in [0, 1). */
  scheme: number | undefined;
  traditional: boolean;
  width: 'full' | 'half' | undefined;
}

export function draw(random: Random): Draw {
  const scheme = random.next() < RENUMBER_SHARE ? random.next() : undefined;
  const traditional = random.next() < TRADITIONAL_SHARE;
  const width = random.next() < WIDTH_SHARE ? (random.next() < 0.5 ? 'full' : 'half') : undefined;
  return { scheme, traditional, width };
}

/** Said in the meta note, so a reader of a synthetic page can tell what was changed. */
export const VARIATION_NOTES = {
  renumbered: (how: string) => `编号样式已改写（${how}）`,
  traditional: '正文和标题已转为繁体字',
  full: '年份、百分数和英文大写字母已改为全角字符（如２０２５年、５０％、ＡＩ）',
  half: '全角括号已改为半角（如(一)、国(境)外）',
} as const;

/**
 * The text and metadata with the drawn variations that fit them: renumbering first (it reads
 * the numbering as printed), then widths, then script. Hard-wrapped texts keep their widths,
 * which paragraph joining measures; articles are not turned traditional, as 第X條 is not read.
 * The note says what was done. Undefined when nothing drawn fits.
 */
export function vary(text: string, meta: DocumentMeta, d: Draw): { text: string; meta: DocumentMeta } | undefined {
  const notes: string[] = [];
  const options = d.scheme === undefined ? [] : renumberings(text, meta.layout);
  const renumbered = options[Math.floor((d.scheme ?? 0) * options.length)];
  if (renumbered) {
    ({ text } = renumbered);
    meta = { ...meta, layout: renumbered.layout };
    notes.push(VARIATION_NOTES.renumbered(describeScheme(renumbered.applied)));
  }
  const rewrite = (r: CharRewrite, note: string): boolean => {
    const next = r.text(text);
    if (next === text) return false;
    text = next;
    meta = rewriteQuoted(meta, r);
    notes.push(note);
    return true;
  };
  // A text with nothing the drawn width applies to (no full-width brackets) gets the other.
  const widths = d.width === 'half' ? (['half', 'full'] as const) : (['full', 'half'] as const);
  if (d.width && meta.layout.format !== 'hard-wrapped') widths.some((w) => rewrite(w === 'full' ? FULL_WIDTH : HALF_BRACKETS, VARIATION_NOTES[w]));
  if (d.traditional && !(renumbered && Object.values(renumbered.applied).includes('article'))) rewrite(TRADITIONAL, VARIATION_NOTES.traditional);
  return notes.length ? { text, meta: { ...meta, note: withVariations(meta.note, notes) } } : undefined;
}

/** The note with the variations said after its first sentence (合成文本…). */
function withVariations(note: string, notes: readonly string[]): string {
  const cut = note.indexOf('。') + 1;
  return `${note.slice(0, cut)}变体：${notes.join('；')}。${note.slice(cut)}`;
}
