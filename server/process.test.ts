import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The production process as an operator runs it: `npm start` (scripts/start.mjs) with a prebuilt app
 * (BACKSCROLL_DIST_DIR), stopped with a signal the way a terminal, systemd or Docker stops it.
 */
const root = path.join(import.meta.dirname, '..');
const TOKEN = 'process-test-token';

const started: ChildProcess[] = [];
const grandchildren: number[] = [];
const folders: string[] = [];
afterEach(() => {
  // A server left running by a failing start.mjs would be an orphan: it is ended here by its own PID.
  for (const pid of grandchildren.splice(0)) if (isAlive(pid)) killQuietly(pid);
  for (const child of started.splice(0)) {
    for (const pid of childrenOf(child.pid)) killQuietly(pid);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function childrenOf(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((value) => Number.isInteger(value) && value > 0);
  } catch {
    return [];
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A data folder and a built app: an index.html newer than every source, so start.mjs does not build. */
function workspace(): { dataDir: string; distDir: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'backscroll-process-'));
  folders.push(folder);
  const distDir = path.join(folder, 'dist');
  mkdirSync(distDir);
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Backscroll</title>');
  return { dataDir: path.join(folder, 'data'), distDir };
}

function launch(
  args: string[],
  dirs: { dataDir: string; distDir: string },
): { child: ChildProcess; port: Promise<number> } {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      SNAPENGAGE_WEBHOOK_TOKEN: TOKEN,
      BACKSCROLL_DATA_DIR: dirs.dataDir,
      BACKSCROLL_DIST_DIR: dirs.distDir,
      HOST: '127.0.0.1',
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const port = new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Open http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`exited (${code}) before listening: ${output}`)));
  });
  return { child, port };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.once('exit', (code) => resolve(code)),
  );
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('npm start', () => {
  it('stops the server with it when its own PID gets SIGTERM, and exits with the server', async () => {
    const { child, port } = launch([path.join(root, 'scripts', 'start.mjs')], workspace());
    const listening = await port;
    const servers = childrenOf(child.pid);
    grandchildren.push(...servers);
    expect(servers.length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    // The server went with it: nothing listens any more and no orphan is left running.
    expect(await portOpen(listening)).toBe(false);
    await sleep(200);
    for (const pid of servers) expect(isAlive(pid), `server ${pid}`).toBe(false);
  }, 60_000);
});

describe('shutdown', () => {
  it('finishes a webhook delivery in flight, stores it, then stops', async () => {
    const dirs = workspace();
    const { child, port } = launch(['--import', 'tsx', path.join(root, 'server', 'main.ts')], dirs);
    const listening = await port;
    const body = JSON.stringify({
      id: 'in-flight',
      created_at_seconds: 1_700_000_000,
      description: 'x'.repeat(50_000),
    });
    const half = Math.floor(body.length / 2);
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: listening,
          method: 'POST',
          path: '/hooks/snapengage',
          headers: {
            Authentication: TOKEN,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, half));
      // The server is told to stop while the body is still arriving; then the rest comes.
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(half)), 300);
      }, 300);
    });
    expect(await answer).toBe(200);
    expect(await exited(child)).toBe(0);
    const db = new Database(path.join(dirs.dataDir, 'snapengage-inbox.sqlite'), { readonly: true });
    const row = db.prepare('SELECT id FROM cases WHERE id = ?').get('in-flight');
    db.close();
    expect(row).toEqual({ id: 'in-flight' });
  }, 60_000);
});
