import { describe, expect, it } from 'vitest';
import { isolate } from './bidi.ts';

describe('isolate', () => {
  it('wraps outside text in first-strong isolate and pop-directional isolate', () => {
    expect(isolate('\u202e教育')).toBe('\u2068\u202e教育\u2069');
  });
});
