import { createHash } from 'node:crypto';

/**
 * The fingerprint of a Chinese text, as translations and released anchors record it: the first
 * 12 hex digits of the SHA-256 of the text with all whitespace removed (so re-flowed source lines
 * leave it unchanged).
 */
export function sourceFingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, '')).digest('hex').slice(0, 12);
}
