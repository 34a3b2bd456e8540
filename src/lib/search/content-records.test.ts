import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSearchRecords } from './content-records.ts';
import { clauseMatchText } from '../clause-view.ts';
import type { Clause } from '../../schemas/clause.ts';
import { furnitureClauseIds } from './records.ts';

const content = fileURLToPath(new URL('../../../content/', import.meta.url));

describe('search records read from the content files', () => {
  it('one record a clause with text, linking to its anchor and searching its text, page furniture left out', () => {
    const records = readSearchRecords(content);
    const byUrl = new Map(records.map((r) => [r.url, r]));
    expect(byUrl.size).toBe(records.length);
    for (const f of readdirSync(join(content, 'clauses'))) {
      const { document, clauses } = JSON.parse(readFileSync(join(content, 'clauses', f), 'utf8')) as { document: string; clauses: Clause[] };
      // Page furniture (title, covering notice, masthead, bylines, the publisher's framing) is not indexed.
      const furniture = furnitureClauseIds(clauses);
      for (const c of clauses) {
        const r = byUrl.get(`/plans/${document}/#${c.id}`);
        if (furniture.has(c.id) || c.text.trim() === '') expect(r).toBeUndefined();
        else expect(r?.content, `${document}#${c.id}`).toBe(clauseMatchText(c));
      }
    }
  });

  it('a content file that breaks its schema is named with what is wrong', () => {
    const copy = mkdtempSync(join(tmpdir(), 'duidu-content-'));
    cpSync(content, copy, { recursive: true });
    const [file] = readdirSync(join(copy, 'clauses'));
    const broken = JSON.parse(readFileSync(join(copy, 'clauses', file!), 'utf8')) as { clauses: Clause[] };
    broken.clauses[0]!.id = 'Not An Id';
    writeFileSync(join(copy, 'clauses', file!), JSON.stringify(broken));
    expect(() => readSearchRecords(copy)).toThrow(new RegExp(`clauses/${file!.replace('.', '\\.')}: clauses\\.0\\.id: clause ids are lowercase`));
  });
});
