/** Chromium for whatever drives a built site (the browser tests, the benchmark's search timing). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Headless Chromium still builds the address bar's suggestion popup of every window it opens, in
 * a renderer of its own (about 160 MB) that loads a WebUI app while the page under test loads. On
 * two cores that popup, which no reader's page load competes with, added about 200 ms to the
 * first search measured (docs/search.md). Both features must be off for the renderer to go.
 */
export const HIDDEN_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

/** Debian's Chromium, headless; nothing here downloads a browser. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} not found: install Debian's chromium (apt-get install chromium)`);
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-features=${HIDDEN_BROWSER_UI.join(',')}`],
  });
}
