import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';

/**
 * Command lines of every process below `root`, read from /proc (one that ends meanwhile is skipped).
 * Chromium rewrites its children's titles, so a command line is read as one string.
 */
function descendants(root: number): string[] {
  const parent = new Map<number, number>();
  const args = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after its last ')' are fixed.
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      args.set(Number(name), readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      continue;
    }
  }
  const below = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 0; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  return [...args].filter(([pid]) => below(pid)).map(([, a]) => a);
}

describe('the browser that tests and benchmarks drive', () => {
  it('draws a page without the hidden address-bar popup competing for the processor', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent('<p lang="zh-CN">鲁班工坊</p>');
      // The popup's renderer starts with the window, not at once.
      await page.waitForTimeout(1500);
      const renderers = descendants(process.pid).filter((a) => a.includes('--type=renderer'));
      // The page's own renderer is found, so the scan sees the browser's processes.
      expect(renderers.length).toBeGreaterThan(0);
      expect(renderers.filter((a) => a.includes('--top-chrome-webui'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
