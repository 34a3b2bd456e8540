/**
 * The build log's line for a search bundle, and its reading back: the benchmark takes the index's
 * own time from it (scripts/bench.ts), so the two sides share the format here.
 */
import { countEn } from '../lib/i18n/format-en.ts';
export interface IndexLine {
  /** Records indexed or reused. */
  records: number;
  shards: number;
  /** Shards found in the cache rather than built. */
  reused: number;
  seconds: number;
}

export function indexLine(line: IndexLine, what: string): string {
  const verb = line.reused === line.shards ? 'reused the index of' : 'indexed';
  return `${verb} ${line.records} ${what} in ${line.seconds.toFixed(1)} s (${countEn(line.shards, 'shard')}, ${line.reused} reused)`;
}

/** The first line of `log` about the Chinese clauses' bundle, if there is one. */
export function readIndexLine(log: string): IndexLine | undefined {
  const m = /(?:indexed|reused the index of) (\d+) clauses in ([\d.]+) s \((\d+) shards?, (\d+) reused\)/.exec(log);
  return m ? { records: Number(m[1]), seconds: Number(m[2]), shards: Number(m[3]), reused: Number(m[4]) } : undefined;
}
