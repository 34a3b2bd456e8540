import { describe, expect, it } from 'vitest';
import { idFromHash } from './hash.ts';

describe('idFromHash', () => {
  it('decodes a hash, and takes a malformed escape as written instead of throwing', () => {
    expect(idFromHash('#p4-s2-i9')).toBe('p4-s2-i9');
    expect(idFromHash('#%E4%B8%AD')).toBe('中');
    expect(idFromHash('#%')).toBe('%');
    expect(idFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
  });
});
