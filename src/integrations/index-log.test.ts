import { describe, expect, it } from 'vitest';
import { indexLine, readIndexLine } from './index-log.ts';

describe('the build log’s line for the search index', () => {
  it('says whether the index was built or reused, in how many shards, and is read back as written', () => {
    const built = { records: 34519, shards: 2, reused: 1, seconds: 31.46 };
    expect(indexLine(built, 'clauses')).toBe('indexed 34519 clauses in 31.5 s (2 shards, 1 reused)');
    expect(indexLine({ records: 337, shards: 1, reused: 1, seconds: 0 }, 'clauses')).toBe('reused the index of 337 clauses in 0.0 s (1 shard, 1 reused)');
    expect(readIndexLine(`12:00 [duidu:pagefind-index] ${indexLine(built, 'clauses')}\n`)).toEqual({ ...built, seconds: 31.5 });
    expect(readIndexLine(indexLine({ records: 5, shards: 1, reused: 0, seconds: 2 }, 'clauses'))).toEqual({ records: 5, shards: 1, reused: 0, seconds: 2 });
  });

  it('reads the Chinese bundle’s line, not the English one’s, and nothing from a log without one', () => {
    const log = [indexLine({ records: 351, shards: 1, reused: 0, seconds: 0.5 }, 'translated clauses (en)'), indexLine({ records: 337, shards: 3, reused: 0, seconds: 1.7 }, 'clauses')].join('\n');
    expect(readIndexLine(log)?.records).toBe(337);
    expect(readIndexLine('built 159 pages')).toBeUndefined();
  });
});
