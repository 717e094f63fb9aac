import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';

const TOKEN = 'durability-token';
const BURST = 300;
const KILL_AFTER = 100;

let child: ChildProcess | null = null;
let dataDir: string | null = null;
afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function waitForPort(process: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    process.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /\{"port":(\d+)\}/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    process.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    process.once('exit', (code) =>
      reject(new Error(`the inbox exited (${code}) before listening: ${errors}`)),
    );
  });
}

/**
 * SnapEngage stops retrying a case at the first HTTP 200, so a 200 must mean "on disk". The inbox runs
 * in a child process that is killed with SIGKILL (no shutdown code runs) while deliveries are in flight;
 * every case that was answered 200 must then be in the database file, exactly once.
 */
it('keeps every case it answered 200 for when the process is killed with SIGKILL mid-burst', async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'backscroll-durability-'));
  child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'durability-child.ts')],
    {
      cwd: path.join(import.meta.dirname, '../..'),
      env: { PATH: process.env.PATH ?? '', SNAPENGAGE_WEBHOOK_TOKEN: TOKEN, BACKSCROLL_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const running = child;
  const port = await waitForPort(running);

  const acknowledged: string[] = [];
  let killed = false;
  const deliveries = Array.from({ length: BURST }, async (_, i) => {
    const id = `burst-${i}`;
    const body = JSON.stringify({
      id,
      type: 'chat',
      created_at_seconds: 1_700_000_000 + i,
      transcripts: [{ id: '', message: 'x'.repeat(2000), sender: 'VISITOR' }],
    });
    try {
      const response = await fetch(`http://127.0.0.1:${port}/hooks/snapengage`, {
        method: 'POST',
        headers: { Authentication: TOKEN, 'content-type': 'application/json' },
        body,
      });
      if (response.status === 200) {
        acknowledged.push(id);
        if (acknowledged.length >= KILL_AFTER && !killed) {
          killed = true;
          running.kill('SIGKILL');
        }
      }
      await response.body?.cancel();
    } catch {
      // Connections cut by the kill: SnapEngage would retry these later.
    }
  });
  await Promise.all(deliveries);
  await new Promise<void>((resolve) =>
    running.exitCode !== null || running.signalCode !== null
      ? resolve()
      : running.once('exit', () => resolve()),
  );

  expect(killed).toBe(true);
  expect(running.signalCode).toBe('SIGKILL');
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
  // The kill landed mid-burst: some deliveries never got their answer.
  expect(acknowledged.length).toBeLessThan(BURST);

  const db = new Database(path.join(dataDir, 'snapengage-inbox.sqlite'), { readonly: true });
  const counts = new Map(
    db
      .prepare<[], { id: string; n: number }>('SELECT id, COUNT(*) AS n FROM cases GROUP BY id')
      .all()
      .map((row) => [row.id, row.n]),
  );
  db.close();
  for (const id of acknowledged) expect(counts.get(id), id).toBe(1);
});
