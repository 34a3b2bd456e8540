import { describe, expect, it } from 'vitest';
import { AnchorRelease } from '../../src/schemas/anchors.ts';
import { fingerprintOf, similarity } from './anchor-fingerprint.ts';
import { checkAnchorRelease, currentAnchors, lostAnchors, releaseToJson, type AnchoredDocument } from './anchors.ts';

const doc = (clauses: [string, string][]): AnchoredDocument[] => [{ id: 'plan', clauses: clauses.map(([id, text]) => ({ id, label: id, text })) }];
const first = '教育国际合作能力进一步增强，合作领域进一步拓展，优质教育资源明显增多。';
const second = '到2021年，全区建成国际理解教育特色学校10所，引进国外优质课程资源。';
const added = '坚持以开放促改革、促发展，统筹推进教育对外开放工作。';
const released = currentAnchors(doc([['p2', '二、总体目标'], ['p2-q1', first], ['p2-q2', second]]));

describe('anchor stability: ids', () => {
  const ids = currentAnchors(doc([['p1', '一、'], ['p1-s1', '（一）甲'], ['p1-s2', '（二）乙']]));

  it('passes when every released anchor still exists', () => {
    expect(lostAnchors(ids, currentAnchors(doc([['p1', '一、'], ['p1-s1', '（一）甲'], ['p1-s2', '（二）乙'], ['p2', '二、']])), [])).toEqual([]);
  });

  it('fails when an anchor disappears without a redirect', () => {
    expect(lostAnchors(ids, currentAnchors(doc([['p1', '一、'], ['p1-s1', '（一）甲']])), [])).toEqual([
      'plan#p1-s2: anchor of the last release is gone; record a redirect in content/anchors/redirects.json',
    ]);
  });

  it('accepts a recorded redirect to an anchor that exists, and rejects one that points nowhere', () => {
    const moved = currentAnchors(doc([['p1', '一、'], ['p1-s1', '（一）甲'], ['p2-s1', '（一）乙']]));
    expect(lostAnchors(ids, moved, [{ document: 'plan', from: 'p1-s2', to: 'p2-s1', reason: 'renumbered' }])).toEqual([]);
    expect(lostAnchors(ids, moved, [{ document: 'plan', from: 'p1-s2', to: 'p9', reason: 'typo' }])).toEqual(['plan#p1-s2: redirect target #p9 does not exist']);
  });

  it('refuses a redirect from an anchor that still exists: it would hide a live clause', () => {
    const now = currentAnchors(doc([['p1', '一、'], ['p1-s1', '（一）甲'], ['p1-s2', '（二）乙']]));
    expect(lostAnchors(ids, now, [{ document: 'plan', from: 'p1-s1', to: 'p1-s2', reason: 'merged' }])).toEqual([
      'plan#p1-s1: redirected, but the anchor still exists (the redirect would hide it)',
    ]);
  });

  it('saves a lost anchor only with a redirect recorded for its own document', () => {
    const now = currentAnchors(doc([['p1', '一、'], ['p1-s1', '（一）甲'], ['p2-s1', '（一）乙']]));
    const elsewhere = [{ document: 'other', from: 'p1-s2', to: 'p2-s1', reason: 'renumbered' }];
    expect(lostAnchors(ids, { ...now, other: { 'p2-s1': now['plan']!['p2-s1']! } }, elsewhere)).toEqual([
      'plan#p1-s2: anchor of the last release is gone; record a redirect in content/anchors/redirects.json',
    ]);
  });

  it('saves only the anchor a redirect names: another lost anchor of the same document still fails', () => {
    const now = currentAnchors(doc([['p1', '一、'], ['p2-s1', '（一）乙']]));
    expect(lostAnchors(ids, now, [{ document: 'plan', from: 'p1-s2', to: 'p2-s1', reason: 'renumbered' }])).toEqual([
      'plan#p1-s1: anchor of the last release is gone; record a redirect in content/anchors/redirects.json',
    ]);
  });

  it('writes a release of several documents as JSON that reads back as the same release', () => {
    const two = { ...ids, other: currentAnchors(doc([['q1', '第二份文件的第一段。']]))['plan']! };
    expect(AnchorRelease.parse(JSON.parse(releaseToJson(two)))).toEqual(two);
  });

  it('fails when a whole document disappears', () => {
    expect(lostAnchors(ids, {}, [])).toHaveLength(3);
  });
});

describe('anchor stability: text', () => {
  it('fails a paragraph shifted onto a released anchor, naming it, where its text went, and both ways out', () => {
    const { problems } = checkAnchorRelease(released, doc([['p2', '二、总体目标'], ['p2-q1', added], ['p2-q2', first], ['p2-q3', second]]), []);
    // p2-q2 shows the text released as p2-q1: one more anchor moved, reported on its own.
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^plan#p2-q1 \(p2-q1\) shows other text than at the last release \(similarity 0\.\d\d/);
    expect(problems[0]).toContain('the released text is now at #p2-q2.');
    expect(problems[0]).toContain('"as": "paragraph", "id": "p2-q1a"');
    expect(problems[0]).toContain('npm run anchors:release -- --accept plan#p2-q1');
    expect(problems[1]).toContain('the text now here was released as #p2-q1.');
    expect(problems[1]).toContain('give the paragraph added before it an id of its own in sources/plan/meta.json');
    expect(problems[1]).not.toContain('"id": "p2-q2a"');
  });

  it('tells an editor to restore the printed number when a numbered unit shows other text, quoting both texts cut at 40 characters', () => {
    const long = `（一）${'国际理解教育'.repeat(10)}`;
    const was = currentAnchors(doc([['p2', '二、总体目标'], ['p2-s1', long]]));
    const [problem] = checkAnchorRelease(was, doc([['p2', '二、总体目标'], ['p2-s1', `（一）${second}`]]), []).problems;
    expect(problem).toContain('its id comes from its printed number, so restore the numbering (or correct it in sources/plan/corrections.json)');
    expect(problem).toContain(`  released: ${Array.from(long).slice(0, 40).join('')}…\n`);
    expect(problem).toContain(`  now:      （一）${second}\n`);
    expect(problem).not.toContain('released as #');
    // The released text is nowhere now: the message says nothing of where it went.
    expect(problem).not.toContain('the released text is now at');
  });

  it('leaves a document the last release did not have to its first release', () => {
    const report = checkAnchorRelease(released, [...doc([['p2', '二、总体目标'], ['p2-q1', first], ['p2-q2', second]]), { id: 'new', clauses: [{ id: 'p1', label: '一', text: added }] }], []);
    expect(report).toEqual({ problems: [], notes: [] });
  });

  it('lets an editor accept one of two shifted anchors by name, leaving the other failing, and notes no failure as a small edit', () => {
    const report = checkAnchorRelease(released, doc([['p2', '二、总体目标'], ['p2-q1', added], ['p2-q2', first], ['p2-q3', second]]), [], ['plan#p2-q1']);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(/^plan#p2-q2 /);
    expect(report.notes).toEqual([]);
  });

  it('finds where a released text went though it was edited on the way', () => {
    const { problems } = checkAnchorRelease(released, doc([['p2', '二、总体目标'], ['p2-q1', added], ['p2-q2', first.replace('明显', '显著')], ['p2-q3', second]]), []);
    expect(problems[0]).toContain('the released text is now at #p2-q2.');
  });

  it('counts a change of exactly one character in ten as a small edit', () => {
    const ten = '一二三四五六七八九十';
    const report = checkAnchorRelease(currentAnchors(doc([['q1', ten]])), doc([['q1', ten.replace('五', '伍')]]), []);
    expect(report.problems).toEqual([]);
    expect(report.notes).toHaveLength(1);
  });

  it('advises a declared id for a top-level paragraph, quoting a text of exactly 40 characters whole', () => {
    const forty = '教'.repeat(40);
    const [problem] = checkAnchorRelease(currentAnchors(doc([['q12', second]])), doc([['q12', forty]]), []).problems;
    expect(problem).toContain('"as": "paragraph", "id": "q12a"');
    expect(problem).toContain(`  now:      ${forty}\n`);
  });

  it('lets a typo fix through and lists it', () => {
    const fixed = first.replace('明显', '显著');
    const report = checkAnchorRelease(released, doc([['p2', '二、总体目标'], ['p2-q1', fixed], ['p2-q2', second]]), []);
    expect(report.problems).toEqual([]);
    expect(report.notes).toEqual([expect.stringMatching(/^plan#p2-q1 \(p2-q1\): small edit since the last release, similarity 0\.9\d$/)]);
  });

  it('takes no notice of whitespace', () => {
    const report = checkAnchorRelease(released, doc([['p2', '二、 总体 目标'], ['p2-q1', first.replace('，', '，\n ')], ['p2-q2', second]]), []);
    expect(report).toEqual({ problems: [], notes: [] });
  });

  it('passes a change an editor accepts by name, and refuses to accept one that did not happen', () => {
    const now = doc([['p2', '二、总体目标'], ['p2-q1', added], ['p2-q2', second]]);
    expect(checkAnchorRelease(released, now, [], ['plan#p2-q1']).problems).toEqual([]);
    expect(checkAnchorRelease(released, now, [], ['plan#p2-q1', 'plan#p2-q2']).problems).toEqual([
      '--accept plan#p2-q2: no released anchor of that name shows other text',
    ]);
  });

  it('scores a one-character fix as 1 − 1/length and an unrelated text near 0', () => {
    const ten = '一二三四五六七八九十';
    expect(similarity(fingerprintOf(ten), fingerprintOf(ten.replace('五', '伍')))).toBeCloseTo(0.9);
    expect(similarity(fingerprintOf(first), fingerprintOf(second))).toBeLessThan(0.3);
  });

  it('keeps a bounded sample of a long text, yet still notices a change at either end', () => {
    const long = '甲'.repeat(300) + first + '乙'.repeat(300);
    const f = fingerprintOf(long);
    expect(Array.from(f.text).length).toBeLessThanOrEqual(401);
    expect(f.length).toBe(Array.from(long).length);
    expect(similarity(f, fingerprintOf('丙'.repeat(100) + long.slice(100)))).toBeLessThan(0.9);
    expect(similarity(f, fingerprintOf(long.slice(0, -100) + '丙'.repeat(100)))).toBeLessThan(0.9);
  });

  it('writes one line per anchor, and reads back what it wrote', () => {
    const text = releaseToJson(released);
    expect(text.split('\n').filter((l) => l.includes('"hash"'))).toHaveLength(3);
    expect(AnchorRelease.parse(JSON.parse(text))).toEqual(released);
  });
});
