/**
 * Whitespace rules. These are the only changes made to the text without a record, because
 * they change no character a reader sees: extraction artefacts between Chinese characters
 * (`幼儿 园`, `2019 年`, page-start spaces) go; deliberate spaces are kept.
 */

/** Han characters, CJK and full-width punctuation, and the quotes and dashes Chinese text uses. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2e80-\u2fdf]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

const SPACE_RUN = /[ \t\u00a0\u3000\u2002-\u200a\u202f\u205f]+/g;

/**
 * `extraction`: drop every space run that touches a CJK character on either side; collapse the
 * rest to one space. `typographic`: collapse runs to one space and keep them.
 */
export function normalizeSpaces(text: string, spacing: 'extraction' | 'typographic'): string {
  const trimmed = text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
  return trimmed.replace(SPACE_RUN, (run, at: number, whole: string) => {
    if (spacing === 'typographic') return ' ';
    const before = whole[at - 1];
    const after = whole[at + run.length];
    return isCjk(before) || isCjk(after) ? '' : ' ';
  });
}

/** Sentence-final marks after which a paragraph may end. */
const FINAL = /[。！？!?；;：:…]["”’」』）)]*$/u;

/** Whether a paragraph's last sentence is complete. */
export function endsSentence(text: string): boolean {
  return FINAL.test(text);
}

/** Splits text after each `。！？` (keeping closing quotes with their sentence). */
export function splitSentences(text: string): string[] {
  return text.match(/[^。！？!?]+(?:[。！？!?]+["”’」』）)]*|$)/gu)?.filter((s) => s.length > 0) ?? [];
}
