import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/records.ts';
import { drawPhrases, tallyRecall } from './phrase-recall.ts';
import { seeded } from './random.ts';

const record = (url: string, content: string): SearchRecord => ({ url, content, language: 'zh-cn', meta: {}, filters: {}, date: '2024-01-01' });
const records = [record('/a/#1', '推进中外合作办学，建设国际学校。'), record('/b/#1', '办好天府国际教育交流周。'), record('/c/#1', 'Luban workshops 鲁班工坊')];

describe('drawPhrases', () => {
  it('draws whole words, one to three in a row, of two or more Chinese characters and nothing else', () => {
    const words = (text: string) => text.match(/\p{Script=Han}{2}|./gu) ?? [];
    const phrases = drawPhrases(records, 'words', seeded(1), words, 1);
    expect(phrases.length).toBeGreaterThan(0);
    for (const p of phrases) {
      expect(p).toMatch(/^\p{Script=Han}{2,6}$/u);
      expect(records.some((r) => r.content.includes(p)), p).toBe(true);
      // Made of the segmenter's words, so an even number of characters here.
      expect(p.length % 2, p).toBe(0);
    }
  });

  it('draws runs of 3, 4, 6 and 8 characters from inside the Chinese text, at the rate asked', () => {
    const phrases = drawPhrases(records, 'chars', seeded(2), () => [], 1);
    expect(new Set(phrases.map((p) => p.length))).toEqual(new Set([3, 4, 6, 8]));
    for (const p of phrases) expect(records.some((r) => r.content.includes(p)) && /^\p{Script=Han}+$/u.test(p), p).toBe(true);
    expect(drawPhrases(records, 'chars', seeded(2), () => [], 0)).toEqual([]);
  });

  it('is the same for the same seed', () => {
    expect(drawPhrases(records, 'chars', seeded(3), () => [])).toEqual(drawPhrases(records, 'chars', seeded(3), () => []));
  });
});

describe('tallyRecall', () => {
  it('counts the clauses holding each phrase that each search missed, and the quoted hits that do not hold it', () => {
    const found = new Map([
      ['国际', { quoted: ['/a/#1'], loose: ['/a/#1', '/b/#1'] }],
      ['鲁班工坊', { quoted: ['/c/#1', '/a/#1'], loose: ['/c/#1'] }],
      ['交流周', { quoted: [], loose: [] }],
    ]);
    expect(tallyRecall(records, found)).toEqual({ phrases: 3, pairs: 4, quotedMissed: 2, phrasesMissed: ['国际', '交流周'], looseMissed: 1, quotedWrong: 1 });
  });
});
