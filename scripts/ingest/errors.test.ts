import { describe, expect, it } from 'vitest';
import { ingestDocument, type SourceFiles } from './index.ts';
import { badSource as files, fixtureMeta, fixtureRegions } from './test-support.ts';

const run = (f: SourceFiles) => () => ingestDocument(f, fixtureRegions);

describe('bad input fails with file and line', () => {
  it('a missing metadata field', () => {
    const { title: _title, ...meta } = fixtureMeta();
    expect(run(files('一、总则\n', meta))).toThrow(/^sources\/bad\/meta\.json:1: title: required field is missing$/);
  });

  it('an unknown document type names the line of the field', () => {
    const meta = { ...fixtureMeta(), type: 'white-paper' };
    const line = JSON.stringify(meta, null, 2).split('\n').findIndex((l) => l.includes('"type"')) + 1;
    expect(run(files('一、总则\n', meta))).toThrow(new RegExp(`^sources/bad/meta\\.json:${line}: type: Invalid option`));
  });

  it('an unknown region', () => {
    const meta = { ...fixtureMeta(), region: 'atlantis' };
    expect(run(files('一、总则\n', meta))).toThrow(/^sources\/bad\/meta\.json:\d+: unknown region "atlantis"/);
  });

  it('a date whose precision does not fit', () => {
    const meta = { ...fixtureMeta(), issued: { date: '2024-12', precision: 'day' } };
    expect(run(files('一、总则\n', meta))).toThrow(/meta\.json:\d+: issued.*precision/);
  });

  it('a table row with the wrong number of cells', () => {
    const text = '指标表\n\n\t序号\n\t指标\n\t属性\n\n\t1\n\t学生数量\n\n';
    expect(run(files(text))).toThrow(/^sources\/bad\/text\.txt:7: table row has 2 cells, header has 3$/);
  });

  it('a duplicate clause id names both lines', () => {
    expect(run(files('一、总则\n正文。\n一、又是总则\n'))).toThrow(/^sources\/bad\/text\.txt:3: duplicate clause id "p1" \(first at line 1\)/);
  });

  it('a number that cannot be an id: unreadable, or 0', () => {
    expect(run(files('一、总则\n（三二）保障。\n'))).toThrow(/^sources\/bad\/text\.txt:2: cannot read the number in "（三二）"$/);
    expect(run(files('一、总则\n0.保障。\n'))).toThrow(/^sources\/bad\/text\.txt:2: cannot read the number in "0\."$/);
    // The highest a three-digit number or a Chinese numeral can print is still a number.
    expect(ingestDocument(files('999.保障。\n'), fixtureRegions).clauses.map((c) => c.id)).toEqual(['i999']);
  });

  it('a markdown heading nobody gave an id', () => {
    const meta = fixtureMeta({ format: 'news-markdown', spacing: 'typographic' });
    expect(run(files('# 标题\n\n## 小标题\n\n正文。\n', meta))).toThrow(/^sources\/bad\/text\.txt:3: this heading has no id/);
  });

  // A first correction that applies cleanly, so the failing one opens at line 10 of the JSON
  // (eight lines each, two-space indent), not at the text line it names.
  const fine = { op: 'replace', line: 1, find: '总则', replace: '总则', reason: '测试', reasonEn: 'test' };

  it('a correction that points at a line that is not there: its own line in the JSON, and the text line', () => {
    const corrections = [fine, { op: 'join', line: 99, onto: 1, reason: '测试', reasonEn: 'test' }];
    expect(run(files('一、总则\n', fixtureMeta(), corrections))).toThrow(/^sources\/bad\/corrections\.json:10: join: text line 99 does not exist/);
  });

  it('a replace whose text is not in the line: its own line in the JSON, and the text line', () => {
    const corrections = [fine, { op: 'replace', line: 1, find: '细则', replace: '总则', reason: '测试', reasonEn: 'test' }];
    expect(run(files('一、总则\n', fixtureMeta(), corrections))).toThrow(/^sources\/bad\/corrections\.json:10: replace: "细则" occurs 0 times in text line 1, expected once/);
  });

  it('a move before one of its own lines says so', () => {
    const corrections = [fine, { op: 'move', lines: [2, 3], before: 3, reason: '测试', reasonEn: 'test' }];
    expect(run(files('一、总则\n甲。\n乙。\n', fixtureMeta(), corrections))).toThrow(/^sources\/bad\/corrections\.json:10: move: "before": text line 3 is one of the lines moved \(2–3\)/);
  });

  it('broken JSON names the line', () => {
    const f = files('一、总则\n');
    f.meta = '{\n  "title": "x",\n  oops\n}';
    expect(run(f)).toThrow(/^sources\/bad\/meta\.json:3: not valid JSON/);
  });
});

describe('braces and angle brackets in the text are kept, not dropped', () => {
  it('every character of the input survives into the clauses (whitespace aside)', () => {
    const body = '金额{1+1}元，比例<5%，‹附件1>，{不低于}，{/* 注释 */}，</p><script>x</script>。';
    const { clauses } = ingestDocument(files(`一、总则\n${body}\n`), fixtureRegions);
    expect(clauses.map((c) => c.text).join('')).toBe(`一、总则${body}`.replace(/ /g, ''));
  });
});
