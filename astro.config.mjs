// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

// Astro's default Markdown processor ignores remark plugins; the plan tables need GFM.
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [mdx()],
});
