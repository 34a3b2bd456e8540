import { gzipSync } from 'node:zlib';

/** For tests: a fragment file as Pagefind writes one, gzip of its signature and the page's JSON. */
export const fragment = (url: string, content: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content })}`));
