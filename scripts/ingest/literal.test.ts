import { compile } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanFrontmatter } from '../../src/schemas/plan.ts';
import { toJsLiteral } from './literal.ts';
import { toMdx } from './to-mdx.ts';

/** Text that is hard on MDX: syntax characters, markup, controls, bidi and zero-width marks. */
const hostileChar = fc.constantFrom(
  ...'{}<>|`*_#[]()!&"\'\\/:;=-+.~^$%@，。“”《》‹›幼儿园金额元'.split(''),
  '\u200b', '\u200e', '\u200f', '\u202e', '\u2028', '\u2029', '\u00a0', '\ufeff', '\u0000', '\t',
  '</p>', '<script>', 'javascript:', '{/* 注释 */}', '{1+1}', 'www.example.org', 'http://x.y', 'a@b.cn',
);
const hostileText = fc.array(fc.oneof(hostileChar, fc.string({ unit: 'grapheme' })), { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));

const frontmatterOf = (notes: string[]) =>
  ({ title: notes[0] ?? '', notes: notes.map((text) => ({ kind: 'rule', text, textEn: text, lines: [1], clauses: [] })) }) as unknown as PlanFrontmatter;

/** The frontmatter as the site reads it (Astro's parser); the rest of the file must compile as MDX. */
async function readBack(mdx: string): Promise<unknown> {
  const { frontmatter, content } = parseFrontmatter(mdx);
  await compile(content);
  return frontmatter;
}

describe('source text reaches the MDX frontmatter only as literals', () => {
  it('a literal evaluates back to the same string and carries no syntax characters', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const literal = toJsLiteral(text);
        expect(JSON.parse(literal)).toBe(text);
        expect(literal).not.toMatch(/[{}<>|`\u2028\u2029\u200b-\u200f\u202a-\u202e]/);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary text in the frontmatter comes back character for character', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 3 }), async (texts) => {
        const frontmatter = frontmatterOf(texts);
        expect(await readBack(toMdx(frontmatter))).toEqual(frontmatter);
      }),
      { numRuns: Number(process.env["PROPERTY_RUNS"] ?? 60) },
    );
  });

  it('known hazards stay text: expressions, comments, tags, YAML markers', async () => {
    const hazards = ['金额{1+1}元', '{/* 注释 */}', '{不低于}', '比例<5%', '‹附件1>', '<script>alert(1)</script>', 'a | b', '---', 'key: value', '# 标题'];
    const frontmatter = frontmatterOf(hazards);
    expect(await readBack(toMdx(frontmatter))).toEqual(frontmatter);
  });
});
