import { describe, expect, it } from 'vitest';
import { formatDate } from './format.ts';

describe('dates as shown', () => {
  it('a date read from the text, not printed, says it was inferred', () => {
    expect(formatDate({ date: '2031-07', precision: 'month', inferredFrom: '据文中“今年”推断' })).toBe('2031年7月（推断）');
    expect(formatDate({ date: '2031-07-09', precision: 'day' })).toBe('2031年7月9日');
    expect(formatDate('unknown')).toBe('不详');
  });
});
