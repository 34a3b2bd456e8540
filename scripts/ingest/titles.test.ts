import { describe, expect, it } from 'vitest';
import { toApa, toGbt7714 } from '../../src/lib/cite/citation.ts';
import { toCitationSource } from '../../src/lib/cite/source.ts';
import { toBibtex, toCslJson, toRis } from '../../src/lib/cite/exports.ts';
import { ingestDocument } from './index.ts';
import { badSource, fixtureMeta, fixtureRegions } from './test-support.ts';

const untitled = { title: 'unknown', shortTitle: 'unknown', titleEn: 'unknown' };

function ingestMeta(meta: Record<string, unknown>) {
  return ingestDocument(badSource('一、总则\n推进开放。\n', meta), fixtureRegions).frontmatter;
}

describe('a document whose title is unknown', () => {
  it.each([
    ['issuer and date known', { ...fixtureMeta(), ...untitled }, '测试机关2020年实施方案（原题不详）', 'Untitled implementation plan, Test issuer, 2020'],
    [
      'a news report by reporters, dated only by its period',
      { ...fixtureMeta(), ...untitled, type: 'news-report', issuers: 'unknown', authors: ['记者甲'], issued: 'unknown', period: { start: 2021, end: 2023 } },
      '渝中区2021年新闻报道（原题不详）',
      'Untitled news report, Yuzhong District, 2021',
    ],
    ['nothing known but the region', { ...fixtureMeta(), ...untitled, issuers: 'unknown', issued: 'unknown', period: null }, '渝中区实施方案（原题不详）', 'Untitled implementation plan, Yuzhong District'],
  ])('%s: is described, never called "unknown", on the page or in a citation', (_case, meta, title, titleEn) => {
    const fm = ingestMeta(meta);
    expect(fm.title).toBe(title);
    expect(fm.titleEn).toBe(titleEn);
    expect(fm.titleSupplied).toBe(true);
    const source = toCitationSource(fm, 'https://example.org/plans/bad/', '2025-01-01', '第一部分', '一');
    const shown = [fm.title, fm.shortTitle, fm.titleEn, toGbt7714(source), toApa(source), toRis(source), toBibtex('bad', source), JSON.stringify(toCslJson('bad', source))];
    for (const text of shown) expect(text).not.toMatch(/unknown/i);
  });

  it('a known title is shown as printed; an unknown short title or gloss falls back to it', () => {
    const fm = ingestMeta({ ...fixtureMeta(), shortTitle: 'unknown', titleEn: 'unknown' });
    expect(fm).toMatchObject({ title: '测试文件', shortTitle: '测试文件', titleEn: 'Implementation plan, Test issuer, 2020' });
    expect(fm.titleSupplied).toBeUndefined();
  });
});
