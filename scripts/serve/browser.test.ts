import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleTree } from '../bench/tree-memory.ts';
import { launchBrowser } from './browser.ts';

/**
 * Command lines of every process below `root`. Chromium rewrites its children's titles, so a
 * command line is read as one string; a process that ends meanwhile reads as empty.
 */
function descendants(root: number): string[] {
  return sampleTree(root)
    .filter((p) => p.pid !== root)
    .map((p) => {
      try {
        return readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        return '';
      }
    });
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
