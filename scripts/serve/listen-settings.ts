/** Where `npm start` listens (PORT, HOST), and what to tell a reader when it cannot. */

export const DEFAULT_PORT = 4321;
export const DEFAULT_HOST = '127.0.0.1';

export type ListenSettings = { port: number; host: string } | { error: string };

/** PORT and HOST from the environment; unset or empty means the default. */
export function readListenSettings(env: Record<string, string | undefined>): ListenSettings {
  const host = env['HOST'] || DEFAULT_HOST;
  const rawPort = env['PORT'];
  if (!rawPort) return { port: DEFAULT_PORT, host };
  const port = /^\d{1,5}$/.test(rawPort) ? Number(rawPort) : NaN;
  if (!(port <= 65535)) return { error: `PORT=${rawPort} is not a port: use a whole number up to 65535, e.g. PORT=${DEFAULT_PORT + 1} npm start (0 picks a free one)` };
  return { port, host };
}

/** One line for the terminal when listening failed for a reason the reader can fix; undefined otherwise. */
export function explainListenError(error: unknown, { port, host }: { port: number; host: string }): string | undefined {
  const other = port === 65535 ? DEFAULT_PORT : port + 1;
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return `Port ${port} on ${host} is already in use. Choose another: PORT=${other} npm start (or PORT=${other} npm run serve)`;
    case 'EACCES':
      return `Port ${port} on ${host} needs administrator rights. Choose one above 1023: PORT=${DEFAULT_PORT} npm start`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `HOST=${host} is not an address of this machine. Leave HOST unset for ${DEFAULT_HOST}, or set HOST=0.0.0.0 to listen on every address`;
    default:
      return undefined;
  }
}
