/**
 * 一是…二是…三是 enumerate inside a paragraph, in its sentences. They stay one clause (splitting
 * would cut sentences and change what a citation points at), and are reported so an editor knows
 * they were seen, not missed.
 */
import type { Finding } from './errors.ts';
import { chineseToNumber } from './numbering.ts';
import type { LocatedClause } from './structure.ts';

// 一是 after a stop or at the start, so 统一是 and 唯一是 are not read as markers.
const MARKER = /(?<=^|[：:；;，,。！？\s（(“"])([一二三四五六七八九十]+)是/gu;

/** Runs of 一是, 二是 … (two or more, in order) inside one clause. */
export function findInlineEnumerations(clauses: readonly LocatedClause[], file: string): Finding[] {
  const findings: Finding[] = [];
  for (const c of clauses) {
    let expected = 1;
    const run: string[] = [];
    for (const m of c.text.matchAll(MARKER)) {
      if (chineseToNumber(m[1]!) !== expected) continue;
      run.push(m[0]);
      expected++;
    }
    if (run.length >= 2) {
      findings.push({ file, line: c.line, message: `${run.join('…')} enumerate inside ${c.id} (${c.label}): kept as one clause, as printed` });
    }
  }
  return findings;
}
