/** Reading and writing `sources/` folders: the I/O around the pure synthetic generator. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Regions } from '../../src/schemas/regions.ts';
import type { Corpus, SourceFolder } from './synthetic.ts';

export function readCorpus(dir: string): Corpus {
  const regions = Regions.parse(JSON.parse(readFileSync(join(dir, 'regions.json'), 'utf8')));
  const ids = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const sources = ids.map((id): SourceFolder => {
    const file = (name: string) => join(dir, id, name);
    return {
      id,
      text: readFileSync(file('text.txt'), 'utf8'),
      meta: readFileSync(file('meta.json'), 'utf8'),
      corrections: existsSync(file('corrections.json')) ? readFileSync(file('corrections.json'), 'utf8') : undefined,
    };
  });
  return { regions, sources };
}

export function writeCorpus(dir: string, corpus: Corpus): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'regions.json'), '[\n' + corpus.regions.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n');
  for (const s of corpus.sources) {
    mkdirSync(join(dir, s.id), { recursive: true });
    writeFileSync(join(dir, s.id, 'text.txt'), s.text);
    writeFileSync(join(dir, s.id, 'meta.json'), s.meta);
    if (s.corrections !== undefined) writeFileSync(join(dir, s.id, 'corrections.json'), s.corrections);
  }
}
