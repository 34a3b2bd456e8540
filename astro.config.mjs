// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

// Astro's default Markdown processor ignores remark plugins; the plan tables need GFM.
export default defineConfig({
  // Where the site is published; citations and exports use it for absolute permalinks.
  // Unset, they carry paths and the page completes them with the reader's address.
  ...(process.env.DUIDU_SITE_URL ? { site: process.env.DUIDU_SITE_URL } : {}),
  trailingSlash: 'always',
  // Chinese at the root, English under /en/: pages read Astro.currentLocale (src/lib/i18n.ts).
  i18n: { locales: ['zh-CN', 'en'], defaultLocale: 'zh-CN', routing: { prefixDefaultLocale: false } },
  build: { format: 'directory' },
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [mdx(), pagefindIndex()],
  // A policy on every page: only this site's own scripts and styles (hashed by Astro), no plugins,
  // no <base> hijacking. Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "img-src 'self' data:", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
