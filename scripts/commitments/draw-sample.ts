/**
 * Draws a judging sample of clauses not judged yet, reproducibly: the same clauses, judged set and
 * seed give the same draw. Each document and clause kind gets its share of the draw in proportion
 * to how many of its clauses are left (largest remainders round), and within that share the
 * clauses are picked by a seeded shuffle, then listed in reading order.
 *
 * `npm run commitments:sample -- <sample> [size] [seed] [--leave-out=<document>,…]` prints the draw
 * for the named sample, one `document#clause` a line with its kind and text, to read and judge
 * without the rules' output. Clauses judged in earlier samples are left out; those judged in this
 * one or a later one are not, so a draw repeats after its own clauses and later samples' have
 * joined the judged file. Documents
 * named in `--leave-out` take no share: a news report, whose clauses all commit nothing, would
 * otherwise fill a third of an instrument sample with clauses that have no instrument.
 */
import { readFileSync } from 'node:fs';
import type { Clause } from '../../src/schemas/clause.ts';
import { CommitmentsJudged, judgedSamples } from '../../src/schemas/commitment.ts';
import { parseJsonFile } from '../ingest/read-meta.ts';
import { loadCorpus } from '../targets/load.ts';

/** Kinds that are page chrome, not text of the document. */
const CHROME = new Set<Clause['kind']>(['masthead']);

export interface SampleDocument {
  id: string;
  clauses: readonly Clause[];
}

/** mulberry32: a small seeded generator, so a draw can be repeated anywhere. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each stratum's share of `size`, in proportion to its count; the largest remainders take what rounding leaves. */
function shares(counts: readonly number[], size: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((n) => (n * Math.min(size, total)) / total);
  const out = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = Math.min(size, total) - out.reduce((a, b) => a + b, 0); left > 0; k++, left--) out[order[k]![1]]! += 1;
  return out;
}

/**
 * `document#clause` refs of `size` clauses not in `judged`, spread over documents and kinds in
 * proportion; the documents in `leaveOut` are not drawn from, and an id there that names no
 * document is an error rather than a draw that silently includes what was meant to be left out.
 */
export function drawSample(docs: readonly SampleDocument[], judged: ReadonlySet<string>, size: number, seed: number, leaveOut: readonly string[] = []): string[] {
  const unknown = leaveOut.filter((id) => !docs.some((d) => d.id === id));
  if (unknown.length) throw new Error(`--leave-out names no document: ${unknown.join(', ')} (documents: ${docs.map((d) => d.id).join(', ')})`);
  const strata = new Map<string, string[]>();
  for (const d of docs) {
    if (leaveOut.includes(d.id)) continue;
    for (const c of d.clauses) {
      const ref = `${d.id}#${c.id}`;
      if (CHROME.has(c.kind) || judged.has(ref)) continue;
      const key = `${d.id} ${c.kind}`;
      strata.set(key, [...(strata.get(key) ?? []), ref]);
    }
  }
  const keys = [...strata.keys()].sort();
  const counts = keys.map((k) => strata.get(k)!.length);
  const random = seeded(seed);
  const picked = new Set<string>();
  shares(counts, size).forEach((n, i) => {
    const pool = [...strata.get(keys[i]!)!];
    for (let j = pool.length - 1; j > 0; j--) {
      const r = Math.floor(random() * (j + 1));
      [pool[j], pool[r]] = [pool[r]!, pool[j]!];
    }
    for (const ref of pool.slice(0, n)) picked.add(ref);
  });
  return docs.flatMap((d) => d.clauses.map((c) => `${d.id}#${c.id}`)).filter((ref) => picked.has(ref));
}

/**
 * The refs judged before `sample` in the order of `judgedSamples`: all of them for a sample not
 * named there yet. Leaving out later samples too would change an earlier draw each time one is added.
 */
export function judgedBefore(clauses: readonly { ref: string; sample?: string | undefined }[], sample: string): Set<string> {
  const rank = (name: string) => (judgedSamples as readonly string[]).indexOf(name);
  const at = rank(sample) < 0 ? judgedSamples.length : rank(sample);
  return new Set(clauses.filter((j) => rank(j.sample ?? 'first') < at).map((j) => j.ref));
}

function main(): void {
  const args = process.argv.slice(2);
  const leaveOut = args.filter((a) => a.startsWith('--leave-out=')).flatMap((a) => a.slice('--leave-out='.length).split(',').filter(Boolean));
  const [sample, size = '60', seed = '3'] = args.filter((a) => !a.startsWith('--'));
  if (!sample || args.some((a) => a.startsWith('--') && !a.startsWith('--leave-out='))) {
    throw new Error('usage: npm run commitments:sample -- <sample> [size] [seed] [--leave-out=<document>,…]');
  }
  const path = new URL('../../content/commitments-judged.json', import.meta.url);
  const judged = parseJsonFile(CommitmentsJudged, readFileSync(path, 'utf8'), 'content/commitments-judged.json');
  const { docs } = loadCorpus();
  const text = new Map<string, Clause>(docs.flatMap((d) => d.clauses.map((c) => [`${d.id}#${c.id}`, c] as const)));
  for (const ref of drawSample(docs, judgedBefore(judged.clauses, sample), Number(size), Number(seed), leaveOut)) {
    const c = text.get(ref)!;
    console.log(`${ref}\t${c.kind}\t${c.text}`);
  }
}

if (import.meta.main) main();
