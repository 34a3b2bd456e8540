import { compile, run } from '@mdx-js/mdx';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schemas/clause.ts';
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

/** A minimal JSX runtime: records the props components were given, so the test sees the text MDX passed on. */
function recordingRuntime(seen: Record<string, unknown>[]) {
  const jsx = (type: unknown, props: Record<string, unknown>) => {
    if (typeof type === 'function') return (type as (p: Record<string, unknown>) => unknown)(props);
    if (type === 'td' || type === 'th') seen.push({ cell: props['children'] });
    return { type, props };
  };
  const component = (props: Record<string, unknown>) => {
    seen.push(props);
    return null;
  };
  return { runtime: { jsx, jsxs: jsx, Fragment: 'fragment' }, components: { Clause: component, Table: component, Row: component, List: component } };
}

function clause(id: string, text: string, extra: Partial<Clause> = {}): Clause {
  return { id, label: text.slice(0, 5) || '空', kind: 'paragraph', parent: null, number: '', heading: '', text, line: 1, ...extra };
}

const frontmatter = { notes: [] } as unknown as PlanFrontmatter;

async function mdxPropsOf(clauses: Clause[]): Promise<Record<string, unknown>[]> {
  const code = String(await compile(toMdx(frontmatter, clauses).replace(/^---[\s\S]*?---\n/, ''), { outputFormat: 'function-body', remarkPlugins: [remarkGfm] }));
  const seen: Record<string, unknown>[] = [];
  const { runtime, components } = recordingRuntime(seen);
  const mod = await run(code, { ...runtime, baseUrl: import.meta.url });
  (mod.default as (p: unknown) => unknown)({ components });
  return seen;
}

describe('source text reaches MDX only as literals', () => {
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

  it('arbitrary clause text and table cells come out of MDX character for character', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (a, b, cell) => {
        const clauses: Clause[] = [
          clause('q1', a),
          clause('t1', b, { kind: 'table', heading: b, cells: ['序号', cell] }),
          clause('t1-r1', `1 ${cell}`, { kind: 'row', parent: 't1', cells: ['1', cell] }),
        ];
        const seen = await mdxPropsOf(clauses);
        expect(seen.find((p) => p['id'] === 'q1')?.['text']).toBe(a);
        // An empty heading is left out of the MDX, so the component sees none.
        expect(seen.find((p) => p['id'] === 't1')?.['heading'] ?? '').toBe(b);
        // Header row, then the body row: the second cell of each is the hostile text.
        const cells = seen.filter((p) => 'cell' in p).map((p) => p['cell']);
        expect(cells).toHaveLength(4);
        expect(cells[1]).toBe(cell);
        expect(cells[3]).toBe(cell);
      }),
      { numRuns: Number(process.env["PROPERTY_RUNS"] ?? 60) },
    );
  });

  it('known hazards stay text: expressions, comments, tags', async () => {
    const hazards = ['金额{1+1}元', '{/* 注释 */}', '{不低于}', '比例<5%', '‹附件1>', '<script>alert(1)</script>', 'a | b'];
    const seen = await mdxPropsOf(hazards.map((t, i) => clause(`q${i + 1}`, t)));
    expect(seen.map((p) => p['text'])).toEqual(hazards);
  });
});
