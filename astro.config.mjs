// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

// Astro's default Markdown processor ignores remark plugins; the plan tables need GFM.
export default defineConfig({
  // Where the site is published (README: Citing and collecting): citations and exports use it for
  // absolute permalinks. Unset, the page completes paths with the reader's address and the
  // citation files carry no URL.
  ...(process.env.DUIDU_SITE_URL ? { site: process.env.DUIDU_SITE_URL } : {}),
  trailingSlash: 'always',
  // Chinese at the root, English under /en/: pages read Astro.currentLocale (src/lib/i18n.ts).
  i18n: { locales: ['zh-CN', 'en'], defaultLocale: 'zh-CN', routing: { prefixDefaultLocale: false } },
  // The stylesheet (4 KB gzip) goes inside each page: a separate file is one more round trip before
  // first paint on a phone, and that round trip was Lighthouse's last missing point. Four pages are
  // in flight, each written to disk while the next renders, where one at a time left the build
  // waiting on its writes (N = 500: static routes 34–39 s → 30–31 s, output identical file for
  // file); every module-level value a page reads is a cache that is filled once.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // No code in the plans: Shiki would only warn that its inline styles break the page policy.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
  integrations: [mdx(), pagefindIndex()],
  vite: {
    build: {
      rollupOptions: {
        // Astro marks each MDX page "use astro:head-inject" for its own bundling step; the bundler
        // warns once per plan that it drops the directive, which Astro has already read.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // A policy on every page: only this site's own scripts and styles (hashed by Astro), no plugins,
  // no <base> hijacking. Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "img-src 'self' data:", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
