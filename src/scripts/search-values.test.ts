import { afterEach, describe, expect, it, vi } from 'vitest';
import { titleShards, titleShardUrl } from '../lib/search/title-shards.ts';
import { titleSource } from './search-values.ts';

const docs = Array.from({ length: 70 }, (_, i) => ({ id: `plan-${i}`, zh: `规划${i}`, en: `Plan ${i}` }));
const shards = { zh: titleShards(docs, 'zh', 3), en: titleShards(docs, 'en', 3) };

/** A browser page in the given language whose fetches read the shards above, counted. */
function page(lang: string) {
  const asked: string[] = [];
  vi.stubGlobal('document', { documentElement: { lang } });
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    for (const language of ['zh', 'en'] as const) {
      const i = shards[language].findIndex((_, k) => titleShardUrl(language, k) === url);
      if (i >= 0) return { ok: true, json: async () => shards[language][i] };
    }
    return { ok: false, json: async () => ({}) };
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('titles for search results', () => {
  it('names documents the page does not draw from the one shard holding each, fetched once', async () => {
    const asked = page('zh-CN');
    const titles = titleSource(new Map([['plan-0', '规划零（已画出）']]), 3);
    const got = await titles(['plan-0', 'plan-5', 'plan-69']);
    expect(got.get('plan-0')).toBe('规划零（已画出）');
    expect(got.get('plan-5')).toBe('规划5');
    expect(got.get('plan-69')).toBe('规划69');
    const before = asked.length;
    expect(before).toBeLessThanOrEqual(2);
    await titles(['plan-5', 'plan-69']);
    expect(asked.length).toBe(before);
  });

  it('fetches nothing when the page already knows every title', async () => {
    const asked = page('zh-CN');
    await titleSource(new Map([['plan-1', '规划1']]), 3)(['plan-1', '']);
    expect(asked).toEqual([]);
  });

  it('gives English titles in the English edition, and leaves a title it cannot fetch unknown', async () => {
    const asked = page('en');
    const got = await titleSource(new Map(), 3)(['plan-7', 'no-such-plan']);
    expect(got.get('plan-7')).toBe('Plan 7');
    // Only the English shards: a reader of one edition does not download the other's titles.
    expect(asked.length).toBeGreaterThan(0);
    for (const url of asked) expect(url).toMatch(/^\/search\/titles\/en\/\d+\.json$/);
    expect(got.has('no-such-plan')).toBe(false);
    // A shard the site did not write (a page from another build) fails quietly: its results keep their clause labels.
    const lost = await titleSource(new Map(), 5)(['plan-8']);
    expect(lost.get('plan-8')).toBeUndefined();
  });
});
