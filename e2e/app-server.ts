import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** The suite's own demo server's port (playwright.config.ts); specs keep their data beside its. */
export const suitePort = Number(process.env.E2E_PORT ?? 4319);

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export type AppServer = { origin: string; stop: () => Promise<void> };

/**
 * A production Backscroll server of a spec's own on loopback, beside the suite's demo server, with the
 * environment given (and nothing else of this process's but PATH). It serves the app the suite's web
 * server has built before any spec runs, and is healthy when this returns.
 */
export async function startAppServer(port: number, env: Record<string, string>): Promise<AppServer> {
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    stdio: 'ignore',
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: String(port),
      BACKSCROLL_DIST_DIR: `.e2e-data/${suitePort}/dist`,
      ...env,
    },
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  for (let attempt = 0; ; attempt += 1) {
    const healthy = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (attempt > 200 || server.exitCode !== null)
      throw new Error(`the server on port ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    stop: async () => {
      if (server.exitCode === null) server.kill('SIGTERM');
      await exited;
    },
  };
}
