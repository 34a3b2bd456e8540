import { sourceFingerprint } from '../../src/lib/translations/fingerprint.ts';
import { SAMPLE_LIMIT, type AnchorFingerprint } from '../../src/schemas/anchors.ts';

/**
 * Below this similarity a released anchor no longer shows its text. At 0.9 one changed
 * character in ten is still the same clause (a typo fix in a ten-character heading passes),
 * while a paragraph shifted onto another's anchor scores near 0.
 */
export const SMALL_EDIT = 0.9;

const normalise = (text: string) => text.replace(/\s+/g, '');

function sampleOf(chars: readonly string[]): string {
  if (chars.length <= SAMPLE_LIMIT) return chars.join('');
  const half = SAMPLE_LIMIT / 2;
  return `${chars.slice(0, half).join('')}…${chars.slice(-half).join('')}`;
}

export function fingerprintOf(text: string): AnchorFingerprint {
  const plain = normalise(text);
  const chars = Array.from(plain);
  return { hash: sourceFingerprint(plain), length: chars.length, text: sampleOf(chars) };
}

/** Edit distance over code points (a CJK character counts once). */
function editDistance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * How much of a released text a text keeps, from 0 to 1: the share of characters an edit leaves
 * alone (1 − edit distance ÷ the longer length). Past the sample limit only the ends are
 * compared, and a change of length counts against the score as well.
 */
export function similarity(released: AnchorFingerprint, now: AnchorFingerprint): number {
  if (released.hash === now.hash) return 1;
  const a = Array.from(released.text);
  const b = Array.from(now.text);
  const longer = Math.max(a.length, b.length);
  const kept = longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
  const lengths = Math.max(released.length, now.length) === 0 ? 1 : Math.min(released.length, now.length) / Math.max(released.length, now.length);
  // Equal hashes aside, a text is never quite the same.
  return Math.min(kept, lengths, 0.999);
}
