/** `npm start` / `npm run serve [dir]`: serves the built site in dist/ (or `dir`) and prints its address. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { explainListenError, readListenSettings } from './serve/listen-settings.ts';
import { startServer } from './serve/static-server.ts';

const dist = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(dist)) {
  console.error(`${process.argv[2] ?? 'dist/'} is missing: run \`npm run build\` first`);
  process.exit(1);
}
const settings = readListenSettings(process.env);
if ('error' in settings) {
  console.error(settings.error);
  process.exit(1);
}
try {
  const { url } = await startServer(dist, settings.port, settings.host);
  console.log(`Duidu is served at ${url}/  (Ctrl+C to stop)`);
} catch (error) {
  const explained = explainListenError(error, settings);
  if (!explained) throw error;
  console.error(explained);
  process.exit(1);
}
