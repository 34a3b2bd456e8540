import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestDocument, type SourceFiles } from '../ingest/index.ts';
import { readRegions } from '../ingest/read-meta.ts';
import { readSourceFolder } from '../ingest/read-source.ts';
import { checkAnchorRelease, currentAnchors } from './anchors.ts';

// Edits an editor might make to a published plan, checked against that plan's own release.
const sources = fileURLToPath(new URL('../../sources/', import.meta.url));
const regions = readRegions(readFileSync(join(sources, 'regions.json'), 'utf8'), 'sources/regions.json');
const read = (id: string) => readSourceFolder(id, join(sources, id), `sources/${id}`);

/** Releases the plan as it is, applies `edit` to its files, and checks the result against that release. */
function afterEdit(id: string, edit: (files: SourceFiles) => SourceFiles, accepted: string[] = []) {
  const before = ingestDocument(read(id), regions);
  const after = ingestDocument(edit(read(id)), regions);
  const clause = (cid: string) => after.clauses.find((c) => c.id === cid);
  return { before, clause, ...checkAnchorRelease(currentAnchors([before]), [after], [], accepted) };
}

/** Inserts `line` after the first line that starts with `after`. */
function insertAfter(text: string, after: string, line: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.replace(/^\[bookmark[^\]]*\]/g, '').trimStart().startsWith(after));
  if (at < 0) throw new Error(`no line starts with ${after}`);
  return [...lines.slice(0, at + 1), ...line.split('\n'), ...lines.slice(at + 1)].join('\n');
}

describe('the Yuzhong plan gains a paragraph under 二、', () => {
  const yuzhong = 'yuzhong-international-2019';
  const added = '到2021年，全区建成国际理解教育特色学校10所，引进国外优质课程资源5门。';
  const insert = (f: SourceFiles): SourceFiles => ({ ...f, text: insertAfter(f.text, '二、总体目标', `\n${added}`) });

  it('fails naming p2-q1, where its text went, and the two ways out', () => {
    const { problems, clause, before } = afterEdit(yuzhong, insert);
    if (process.env['SHOW_ANCHOR_MESSAGES']) console.log(problems.join('\n\n'));
    expect(clause('p2-q1')?.text).toBe(added);
    expect(problems[0]).toMatch(new RegExp(`^${yuzhong}#p2-q1 \\(二·第1段\\) shows other text than at the last release`));
    expect(problems[0]).toContain('the released text is now at #p2-q2.');
    expect(problems[0]).toContain(`give the new paragraph an id of its own in sources/${yuzhong}/meta.json`);
    expect(problems[0]).toContain(`npm run anchors:release -- --accept ${yuzhong}#p2-q1`);
    expect(before.clauses.find((c) => c.id === 'p2-q1')?.text).toBe(clause('p2-q2')?.text);
  });

  it('passes once the new paragraph is declared with an id of its own: p2-q1 keeps its text', () => {
    const declared = (f: SourceFiles): SourceFiles => {
      const meta = JSON.parse(f.meta) as { layout: { blocks: unknown[] } };
      meta.layout.blocks.push({ match: added, as: 'paragraph', id: 'p2-q1a', label: '二·新增段' });
      return insert({ ...f, meta: JSON.stringify(meta) });
    };
    const { problems, clause, before } = afterEdit(yuzhong, declared);
    expect(problems).toEqual([]);
    expect(clause('p2-q1a')?.text).toBe(added);
    expect(clause('p2-q1')?.text).toBe(before.clauses.find((c) => c.id === 'p2-q1')?.text);
  });

  it('passes when the change is accepted by name', () => {
    expect(afterEdit(yuzhong, insert, [`${yuzhong}#p2-q1`]).problems).toEqual([]);
  });
});

describe('the Guangzhou plan gains an item 3. among its principles, renumbering the rest', () => {
  const guangzhou = 'guangzhou-opening-2021-2025';
  const renumber = (f: SourceFiles): SourceFiles => {
    const text = f.text
      .replace(/^(\[bookmark[^\]]*\])*5\.坚持系统观念/m, '$16.坚持系统观念')
      .replace(/^(\[bookmark[^\]]*\])*4\.强化示范引领/m, '$15.强化示范引领')
      .replace(/^(\[bookmark[^\]]*\])*3\.突出提质增效/m, '$14.突出提质增效');
    return { ...f, text: insertAfter(text, '2.注重内外统筹', '3.坚持开放合作。以开放促改革、促发展，统筹推进各级各类教育对外开放。') };
  };

  it('fails naming each of i3…i5, each saying where its text went', () => {
    const { problems } = afterEdit(guangzhou, renumber);
    if (process.env['SHOW_ANCHOR_MESSAGES']) console.log(problems.join('\n\n'));
    const named = problems.map((p) => /#(\S+) /.exec(p)?.[1]);
    expect(named).toEqual(['p3-s2-i3', 'p3-s2-i4', 'p3-s2-i5']);
    expect(problems[1]).toContain('the released text is now at #p3-s2-i5.');
    expect(problems[1]).toContain('the text now here was released as #p3-s2-i3.');
    expect(problems[1]).toContain('its id comes from its printed number');
  });

  it('lets a typo fix in item 3 through, listed with its similarity', () => {
    const typo = (f: SourceFiles): SourceFiles => ({ ...f, text: f.text.replace('选准突破口', '选好突破口') });
    const { problems, notes } = afterEdit(guangzhou, typo);
    expect(problems).toEqual([]);
    expect(notes).toEqual([expect.stringMatching(new RegExp(`^${guangzhou}#p3-s2-i3 \\(三（二）3\\): small edit since the last release, similarity 0\\.9\\d$`))]);
  });
});
