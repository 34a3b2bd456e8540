import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findingLines, translationReports } from './load.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A copy of the content a test may break, with one translation file rewritten. */
function withTranslation(id: string, edit: (json: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'duidu-translations-'));
  for (const sub of ['content/clauses', 'content/translations', 'sources']) cpSync(join(root, sub), join(dir, sub), { recursive: true });
  const file = join(dir, `content/translations/${id}.json`);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

const translated = () => translationReports(root).filter((r) => r.translation);

describe('committed translations', () => {
  it('pass every check, clause by clause', () => {
    for (const r of translated()) expect(findingLines(r), r.id).toEqual([]);
  });

  it('report a changed Chinese text as stale, naming file, line and clause', () => {
    const r = translated()[0]!;
    const id = Object.keys(JSON.parse(readFileSync(join(root, r.translation!.file), 'utf8')).clauses)[2]!;
    const dir = withTranslation(r.id, (json) => json.replace(new RegExp(`("${id}": \\{\\s*"source": ")[0-9a-f]{12}`), '$1000000000000'));
    const lines = findingLines(translationReports(dir).find((x) => x.id === r.id)!);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^content/translations/${r.id}\\.json:\\d+: ${id} \\(.+\\): translates another text`));
  });

  it('name the file and line of a malformed entry', () => {
    const r = translated()[0]!;
    const dir = withTranslation(r.id, (json) => json.replace(/"source": "[0-9a-f]{12}"/, '"source": "abc"'));
    expect(() => translationReports(dir)).toThrow(new RegExp(`content/translations/${r.id}\\.json:\\d+: .*12 lowercase hex digits`));
  });
});
