/**
 * Named things a clause mentions, read from the marks Chinese official writing puts around them:
 * 《…》 around the titles of documents, laws and plans; “…” around named programmes, brands and
 * slogans (“海外引智计划”, “鲁班工坊”, “双减”); 〔year〕 in a document number (渝教外〔2013〕7号).
 */

export type NameKind = 'document' | 'programme' | 'docno';

export interface NamedThing {
  kind: NameKind;
  /** As printed, without its marks. */
  name: string;
  /** UTF-16 offsets of the name (without marks) in the text, end exclusive. */
  span: [number, number];
}

// Titles may nest 〈〉 inside 《》; a quoted name is short and has no sentence punctuation.
const TITLE = /《([^《》\n]{2,80})》/g;
const QUOTED = /[“"]([^“”"\n，。；：！？,;:!?]{2,16})[”"]/g;
// A document number's issuer prefix is read back to the nearest mark, so one run into prose (见某府办…)
// keeps the prose; document numbers are listed, never weighed by the aligner.
const DOCNO = /[\p{Script=Han}A-Za-z]{1,12}[〔[（(]\s*(?:19|20)\d{2}\s*[〕\]）)]\s*\d{1,4}\s*号/gu;

/** Every named thing in `text`, in text order. */
export function readNames(text: string): NamedThing[] {
  const out: NamedThing[] = [];
  for (const m of text.matchAll(TITLE)) out.push({ kind: 'document', name: m[1]!, span: [m.index + 1, m.index + 1 + m[1]!.length] });
  for (const m of text.matchAll(QUOTED)) {
    // A quoted number or a quoted single word of grammar (“的”) is not a name.
    if (/^[\d\s.%－-]+$/.test(m[1]!)) continue;
    out.push({ kind: 'programme', name: m[1]!, span: [m.index + 1, m.index + 1 + m[1]!.length] });
  }
  for (const m of text.matchAll(DOCNO)) out.push({ kind: 'docno', name: m[0], span: [m.index, m.index + m[0].length] });
  return out.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}
