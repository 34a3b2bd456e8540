import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldChar, foldWithOffsets, simplifyWith, toSourceSpan } from './fold.ts';
import { foldForMatching, toSimplified } from './simplify.ts';

/** Characters that fold in every way there is, mixed with ones that do not and with astral ones. */
const tricky = fc.constantFrom('国', '國', '（', '(', '）', '境', 'Ａ', 'A', '１', '％', '…', '—', '“', '」', '・', '⼈', '㎡', '①', '學', '𠀋', '😀', 'a', ' ', '　', '\u0301', '，', '﹘', '衞');
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.array(tricky, { maxLength: 30 }).map((a) => a.join('')));
const simplify = simplifyWith({ 國: '国', 學: '学', 衞: '卫' });

/** Each source character with the range of folded units it became, computed the slow way. */
function pieces(source: string) {
  const out: { start: number; end: number; foldedStart: number; foldedEnd: number }[] = [];
  let at = 0;
  let i = 0;
  for (const ch of source) {
    const f = foldChar(ch, simplify);
    out.push({ start: i, end: i + ch.length, foldedStart: at, foldedEnd: at + f.length });
    at += f.length;
    i += ch.length;
  }
  return out;
}

describe('fold', () => {
  it('brings width, script and punctuation variants to one form', () => {
    const same = (a: string, b: string) => expect(fold(a, toSimplified)).toBe(fold(b, toSimplified));
    same('国(境)外', '国（境）外');
    same('國（境）外', '国（境）外');
    same('ＡＩ', 'AI');
    same('互联网＋教育', '互联网+教育');
    same('５０％', '50%');
    same('目标：', '目标:');
    same('“双减”', '"双减"');
    same('「雙減」', '“双减”');
    same('2020——2022', '2020--2022');
    same('中外・合作', '中外·合作');
    same('締結姊妹學校', '缔结姊妹学校');
    same('⼈⽂', '人文');
  });

  it('leaves simplified Chinese words alone: NFKC changes no unified ideograph, and simplified text needs no simplifying', () => {
    const clauses = fileURLToPath(new URL('../../../content/clauses/', import.meta.url));
    const chars = new Set<string>();
    for (const f of readdirSync(clauses)) for (const c of JSON.parse(readFileSync(`${clauses}${f}`, 'utf8')).clauses as { text: string }[]) for (const ch of c.text) chars.add(ch);
    const han = [...chars].filter((ch) => /\p{Script=Han}/u.test(ch));
    expect(han.length).toBeGreaterThan(0);
    expect(han.filter((ch) => ch.normalize('NFKC') !== ch)).toEqual([]);
    // 著 (著名) stays: a table that read it as 着 would fold two words into one.
    expect(han.filter((ch) => toSimplified(ch) !== ch && ch !== '著')).toEqual([]);
    expect(foldForMatching('著名')).toBe('著名');
  });

  it('is idempotent and folds a text as the concatenation of its characters', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(fold(fold(a, simplify), simplify)).toBe(fold(a, simplify));
        expect(fold(a + b, simplify)).toBe(fold(a, simplify) + fold(b, simplify));
        expect(foldWithOffsets(a, simplify).text).toBe(fold(a, simplify));
      }),
    );
  });

  it('maps any span of the folded text back to exactly the source characters that folded into it', () => {
    fc.assert(
      fc.property(
        text.chain((s) => {
          const n = fold(s, simplify).length;
          return fc.tuple(fc.constant(s), fc.nat(n), fc.nat(n));
        }),
        ([source, x, y]) => {
          const [start, end] = [Math.min(x, y), Math.max(x, y)];
          const f = foldWithOffsets(source, simplify);
          const [a, b] = toSourceSpan(f, start, end);
          if (start === end) {
            expect(a).toBe(b);
            return;
          }
          const touched = pieces(source).filter((p) => p.foldedStart < end && start < p.foldedEnd);
          expect([a, b]).toEqual([touched[0]!.start, touched.at(-1)!.end]);
          // The source span folds to the span, widened to whole characters.
          expect(fold(source.slice(a, b), simplify)).toBe(f.text.slice(touched[0]!.foldedStart, touched.at(-1)!.foldedEnd));
          expect(fold(source.slice(a, b), simplify)).toContain(f.text.slice(start, end));
        },
      ),
    );
  });

  it('gives a span found in folded text as the original characters, whatever their width or script', () => {
    const source = '加强與國（境）外院校合作';
    const f = foldWithOffsets(source, toSimplified);
    const at = f.text.indexOf('国(境)外');
    const [a, b] = toSourceSpan(f, at, at + '国(境)外'.length);
    expect(source.slice(a, b)).toBe('國（境）外');
    // One source character that folds to several: any part of its fold maps to all of it.
    const m2 = foldWithOffsets('面积5㎡', toSimplified);
    expect(m2.text).toBe('面积5m2');
    expect(toSourceSpan(m2, 4, 5)).toEqual([3, 4]);
  });

  it('rejects spans outside the folded text', () => {
    expect(() => toSourceSpan(foldWithOffsets('ab'), 1, 3)).toThrow(/outside the folded text/);
  });
});
