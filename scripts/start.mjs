// `npm start`: builds the SPA when dist/ is missing or older than any source file, then serves it with
// the proxy. A fresh clone after `npm ci` therefore needs nothing else.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';

const root = process.cwd();
// BACKSCROLL_DIST_DIR lets parallel e2e runs each build and serve their own copy.
const distDir = path.resolve(process.env.BACKSCROLL_DIST_DIR ?? 'dist');
const built = path.join(distDir, 'index.html');
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map((source) => newestMtime(path.join(root, source))));
if (builtAt < sourcesAt) {
  console.log(
    builtAt === 0
      ? 'Building Backscroll (first start)…'
      : 'Sources changed since the last build: rebuilding…',
  );
  const build = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      distDir,
      '--emptyOutDir',
    ],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The server runs as a child that gets every SIGINT/SIGTERM sent to this process (Ctrl+C in a terminal
// reaches both; `kill <pid>` or a service manager reaches only this one), and this process exits with the
// child's status, so stopping `npm start` stops the server and never leaves it running orphaned.
const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'main.ts')], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  });
}
server.on('error', (error) => {
  console.error(`Could not start the server: ${error.message}`);
  process.exit(1);
});
server.on('exit', (code, signal) => {
  // A child ended by a signal it did not handle exits the way a shell reports it: 128 + the signal number.
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
});
