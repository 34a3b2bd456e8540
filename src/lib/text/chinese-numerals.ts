/**
 * Chinese numerals as the plans print them (`四十三`, `一百零二`): read by the pipeline, written by the
 * site (citation locators) and the benchmark's synthetic documents.
 */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `四十三` → 43, `十` → 10, `一百零二` → 102. Returns NaN for anything else. */
export function chineseToNumber(text: string): number {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return NaN;
  let total = 0;
  let digit = -1;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch === '百' || ch === '十') {
      const unit = ch === '百' ? 100 : 10;
      if (unit >= lastUnit) return NaN; // 十十, 十百: units must fall
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      lastUnit = unit;
    } else {
      if (digit > 0) return NaN; // two digits in a row: not a numeral
      digit = DIGITS[ch]!;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 43 → `四十三`, the inverse of {@link chineseToNumber} for 1–999. */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`cannot write ${n} in Chinese numerals`);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = h ? CN[h] + '百' : '';
  if (t) out += (t === 1 && !h ? '' : CN[t]) + '十';
  else if (h && u) out += '零';
  return out + CN[u];
}
