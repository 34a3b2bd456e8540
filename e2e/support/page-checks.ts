import type { Page } from 'playwright-core';
import type { Clause } from '../../src/schemas/clause.ts';

/** Records CSP violations and dialogs (alert, confirm) a page raises. Call before `goto`. */
export async function watchPage(page: Page): Promise<{ violations: string[]; dialogs: string[] }> {
  const found = { violations: [] as string[], dialogs: [] as string[] };
  await page.exposeFunction('__duiduViolation', (v: string) => found.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __duiduViolation: (v: string) => void }).__duiduViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) found.violations.push(m.text());
  });
  page.on('dialog', (d) => {
    found.dialogs.push(d.message());
    void d.dismiss();
  });
  return found;
}

/**
 * Differences between the clauses as data and as rendered: each clause's text must be the
 * element's text exactly, and the text element may hold only the number and lead spans.
 */
export async function renderedClauseProblems(page: Page, clauses: readonly Clause[]): Promise<string[]> {
  const rendered = await page.evaluate(
    (ids) =>
      ids.map((id) => {
        const el = document.getElementById(id)?.querySelector(':scope > .clause-text');
        const stray = el ? [...el.querySelectorAll('*')].filter((x) => !x.matches('span.num, strong.lead')).map((x) => x.tagName.toLowerCase()) : [];
        return { id, text: el?.textContent ?? null, stray };
      }),
    clauses.filter((c) => c.kind !== 'table' && c.kind !== 'row').map((c) => c.id),
  );
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const problems: string[] = [];
  for (const r of rendered) {
    if (r.text !== byId.get(r.id)!.text) problems.push(`#${r.id}: rendered ${JSON.stringify(r.text)}, expected ${JSON.stringify(byId.get(r.id)!.text)}`);
    if (r.stray.length) problems.push(`#${r.id}: markup from the text: ${r.stray.join(', ')}`);
  }
  const scripts = await page.locator('main script, main img, main iframe, main a[href^="javascript:"]').count();
  if (scripts) problems.push(`${scripts} script, image, frame or javascript: link elements inside <main>`);
  return problems;
}

/** The page's CSP meta policy, directive → sources. */
export async function cspOf(page: Page): Promise<Map<string, string[]>> {
  const meta = page.locator('meta[http-equiv="content-security-policy"]');
  const content = (await meta.count()) ? ((await meta.first().getAttribute('content')) ?? '') : '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}
