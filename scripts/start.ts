/** `npm start`: serves the built site in dist/ and prints its address. */
import { existsSync } from 'node:fs';
import { startServer } from './serve/static-server.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const port = Number(process.env['PORT'] ?? 4321);
const { url } = await startServer(dist, port, process.env['HOST'] ?? '127.0.0.1');
console.log(`Duidu is served at ${url}/  (Ctrl+C to stop)`);
