/**
 * Chinese word segmentation for clause alignment: jieba's general dictionary, taught the theme
 * terms and the names the plans give their programmes, so `鲁班工坊` or `双减` stay one word
 * instead of `鲁班/工/坊` and `双/减`.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export type Segmenter = (text: string) => string[];

let general: Jieba | undefined;

/**
 * A segmenter that knows `words` besides jieba's dictionary. The general dictionary takes about a
 * second to load, so it is loaded once per process; each call adds its own words.
 */
export function createSegmenter(words: Iterable<string>): Segmenter {
  general ??= Jieba.withDict(dict);
  const jieba = general;
  // A high frequency makes jieba prefer the whole term to any split of it.
  const lines = [...new Set(words)].filter((w) => w.length > 1 && !/\s/.test(w)).map((w) => `${w} 200000 n`);
  if (lines.length) jieba.loadDict(new TextEncoder().encode(lines.join('\n') + '\n'));
  return (text) => jieba.cut(text, false);
}
