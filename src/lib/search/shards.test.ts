import { describe, expect, it } from 'vitest';
import { distinctHits, sharedId } from './shards.ts';

const hit = (id: string, url: string, log: string[]) => ({
  id,
  score: 1,
  data: async () => {
    log.push(id);
    return { url: `${url}?highlight`, raw_url: url, content: '' };
  },
});

describe('hits of shards that share an id', () => {
  it('renames a hit of a shared id by its address, leaving the others as they are and their data unread', async () => {
    const log: string[] = [];
    const hits = [hit('zh-cn_a1', '/plans/x/#c1', log), hit('zh-cn_b2', '/plans/y/#c9', log), hit('zh-cn_a1', '/plans/z/#c4', log)];
    const out = await distinctHits(hits, new Set(['zh-cn_a1']));
    expect(out.map((h) => h.id)).toEqual([sharedId('zh-cn_a1', '/plans/x/#c1'), 'zh-cn_b2', sharedId('zh-cn_a1', '/plans/z/#c4')]);
    expect(new Set(out.map((h) => h.id)).size).toBe(3);
    expect(out[1]).toBe(hits[1]);
    expect(log).toEqual(['zh-cn_a1', 'zh-cn_a1']);
    // The rest of a renamed hit is kept: its score and its data.
    expect(out[0]!.score).toBe(1);
    expect((await out[2]!.data()).raw_url).toBe('/plans/z/#c4');
  });

  it('reads the address as given when Pagefind has no raw one', async () => {
    const plain = { id: 's', data: async () => ({ url: '/plans/q/#c2' }) };
    expect((await distinctHits([plain], new Set(['s'])))[0]!.id).toBe('s@/plans/q/#c2');
  });
});
