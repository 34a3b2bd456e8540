/**
 * 一是…二是…三是, （1）…（2）…, ①…② enumerate inside a paragraph, in its sentences. They stay
 * one clause (splitting would cut sentences and change what a citation points at), and are
 * reported so an editor knows they were seen, not missed.
 */
import { chineseToNumber } from '../../src/lib/text/chinese-numerals.ts';
import { reviewKey, type ReviewFinding } from './review.ts';
import type { LocatedClause } from './structure.ts';

interface Marker {
  pattern: RegExp;
  value: (m: RegExpMatchArray) => number;
}

const MARKERS: readonly Marker[] = [
  // 一是 after a stop or at the start, so 统一是 and 唯一是 are not read as markers.
  { pattern: /(?<=^|[：:；;，,。！？\s（(“"])([一二三四五六七八九十]+)是/gu, value: (m) => chineseToNumber(m[1]!) },
  // Not at the start: a clause that opens with （1） is numbered itself. Years (2019) are too long.
  { pattern: /(?<=.)[（(]([0-9０-９]{1,2})[）)]/gu, value: (m) => Number(m[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) },
  { pattern: /(?<=.)([\u2460-\u2473])/gu, value: (m) => m[1]!.codePointAt(0)! - 0x2460 + 1 },
];

/** The markers of one style that count 1, 2, … in order (two or more), as printed. */
function runOf(text: string, marker: Marker): string[] {
  let expected = 1;
  const run: string[] = [];
  for (const m of text.matchAll(marker.pattern)) {
    if (marker.value(m) !== expected) continue;
    run.push(m[0]);
    expected++;
  }
  return run.length >= 2 ? run : [];
}

/** Runs of 一是, 二是 … (or （1）（2）, ①②) inside one clause, one item a run. */
export function findInlineEnumerations(clauses: readonly LocatedClause[], file: string): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  for (const c of clauses) {
    for (const marker of MARKERS) {
      const run = runOf(c.text, marker);
      if (run.length === 0) continue;
      const text = run.join('…');
      findings.push({
        key: reviewKey('inline-enumeration', c.id, text),
        stage: 'ingest',
        kind: 'inline-enumeration',
        clause: c.id,
        label: c.label,
        text,
        decision: `${text} enumerate inside ${c.id} (${c.label}): kept as one clause, as printed`,
        file,
        line: c.line,
      });
    }
  }
  return findings;
}
