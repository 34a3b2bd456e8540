/**
 * HTML validation of built pages with html-validate, under the project's `.htmlvalidate.json`
 * (html-validate:recommended; exceptions are explained in docs/quality-gates.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';

export interface HtmlProblem {
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** The project's rule set, read from `.htmlvalidate.json` at the repository root. */
export function readHtmlValidateConfig(root: string): ConfigData {
  return JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
}

/** Every problem html-validate finds in the given pages (path → HTML), page by page. */
export async function validatePages(pages: ReadonlyMap<string, string>, config: ConfigData): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(config);
  const problems: HtmlProblem[] = [];
  for (const [page, html] of pages) {
    const report = await validator.validateString(html, page);
    for (const result of report.results) {
      for (const m of result.messages) problems.push({ page, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
    }
  }
  return problems;
}

/** `plans/a/index.html:12:3 no-dup-id: Duplicate ID "p1"` */
export function formatHtmlProblem(p: HtmlProblem): string {
  return `${p.page}:${p.line}:${p.column} ${p.rule}: ${p.message}`;
}
