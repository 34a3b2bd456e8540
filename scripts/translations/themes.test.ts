import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Theme } from '../../src/schemas/theme.ts';
import { foldEnglish, termPattern, termsIn } from './checks.ts';
import { readGlossary } from './load.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('theme English names', () => {
  it('use the glossary’s English for every glossary term in the theme’s Chinese name (the same English as the translations)', () => {
    const glossary = readGlossary(root);
    const dir = `${root}content/themes/`;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const theme = Theme.parse(JSON.parse(readFileSync(dir + file, 'utf8')));
      const missing = termsIn(theme.name, glossary).filter((t) => !termPattern(t.en).test(foldEnglish(theme.nameEn)));
      expect(missing.map((t) => `${t.zh} → ${t.en}`), `${theme.id}: "${theme.nameEn}"`).toEqual([]);
    }
  });
});
