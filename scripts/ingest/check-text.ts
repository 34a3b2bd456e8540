/** Checks on a text as received, before anything reads it: bytes that are not UTF-8, lost characters, no text at all. */
import { SourceError } from './errors.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * Decodes a file as UTF-8 and fails, naming the line and byte offset, on the first byte that is
 * not UTF-8 (a GBK text read as UTF-8 would otherwise publish as U+FFFD garbage).
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    throw new SourceError(file, line, `not UTF-8: byte 0x${byte} at offset ${offset} (save the text as UTF-8, e.g. iconv -f GBK -t UTF-8)`);
  }
}

/** The offset of the first byte that does not decode: the valid prefix re-encodes to the same bytes. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoded = new TextDecoder('utf-8').decode(bytes);
  const encoder = new TextEncoder();
  let offset = 0;
  let from = 0;
  for (let at = decoded.indexOf('\ufffd'); at >= 0; at = decoded.indexOf('\ufffd', at + 1)) {
    offset += encoder.encode(decoded.slice(from, at)).length;
    from = at + 1;
    // A U+FFFD that was in the file (EF BF BD) is a character, not a decoding failure.
    if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) offset += 3;
    else return offset;
  }
  return bytes.length;
}

/** Fails on a text with no text in it, or with U+FFFD (characters lost before it reached us). */
export function checkText(lines: readonly SourceLine[], file: string): readonly SourceLine[] {
  if (lines.every((l) => l.text.trim() === '')) throw new SourceError(file, undefined, 'the text is empty: text.txt holds the document as received');
  const lost = lines.find((l) => l.text.includes('\ufffd'));
  if (lost) {
    const column = lost.text.indexOf('\ufffd') + 1;
    throw new SourceError(file, lost.line, `U+FFFD (\ufffd) at column ${column}: characters were lost in conversion; get the text again from the original`);
  }
  return lines;
}
