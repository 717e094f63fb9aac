import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createInbox, inboxFile } from './inbox';
import { SCHEMA_VERSION } from './migrations';

const sample = readFileSync(
  path.join(import.meta.dirname, '../../src/vendors/snapengage/__fixtures__/integration-case.json'),
  'utf8',
);
const TOKEN = 'webhook-secret-42';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function setUp(env: Record<string, string> = { SNAPENGAGE_WEBHOOK_TOKEN: TOKEN }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'backscroll-inbox-'));
  const lines: string[] = [];
  const config = loadConfig({ ...env, BACKSCROLL_DATA_DIR: dataDir });
  const inbox = createInbox({
    config,
    logger: { info: (line) => lines.push(line), warn: (line) => lines.push(line) },
  });
  cleanups.push(() => {
    inbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const deliver = (body: string, headers: Record<string, string> = { Authentication: TOKEN }) =>
    inbox.routes.request('/hooks/snapengage', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  const rows = () => {
    const db = new Database(inboxFile(config), { readonly: true });
    try {
      return db.prepare('SELECT id, raw, delivery_count, started_at, visitor_email, type FROM cases').all();
    } finally {
      db.close();
    }
  };
  return { inbox, deliver, rows, lines, config, dataDir };
}

describe('POST /hooks/snapengage', () => {
  it('stores a case once however often SnapEngage delivers it, and refuses what is not a case', async () => {
    const { deliver, rows } = setUp();
    const statuses = [
      (await deliver(sample)).status,
      (await deliver(sample)).status,
      (await deliver(sample, { Authentication: 'wrong-token' })).status,
      (await deliver('{"id": "abc",, }')).status,
      (await deliver(JSON.stringify({ type: 'chat', transcripts: [] }))).status,
    ];
    expect(statuses).toEqual([200, 200, 401, 400, 400]);
    const stored = rows();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: '8b7c3b3b-f5d7-4e58-96d8', delivery_count: 2, raw: sample });
  });

  it('indexes the start instant from created_at seconds + milliseconds and the requester e-mail', async () => {
    const { deliver, rows } = setUp();
    expect((await deliver(sample)).status).toBe(200);
    expect(rows()[0]).toMatchObject({
      started_at: 1412367271268,
      visitor_email: 'test@test.com',
      type: 'chat',
    });
  });

  it('indexes a case without created_at by its first message, as the browser places it, not by arrival', async () => {
    const { deliver, rows } = setUp();
    const firstMessage = {
      sender: 'VISITOR',
      message: 'hi',
      date_seconds: 1_700_000_000,
      date_milliseconds: 5,
    };
    const reply = { sender: 'AGENT', message: 'hello', date_seconds: 1_700_000_060, date_milliseconds: 0 };
    const body = JSON.stringify({ id: 'c-late', transcripts: [reply, firstMessage] });
    expect((await deliver(body)).status).toBe(200);
    expect(rows()[0]).toMatchObject({ id: 'c-late', started_at: 1_700_000_000_005 });
  });

  it('reads created_at sent as numeric strings like the browser does', async () => {
    const { deliver, rows } = setUp();
    const body = JSON.stringify({
      id: 'c-text',
      created_at_seconds: '1700000000',
      created_at_milliseconds: '7',
    });
    expect((await deliver(body)).status).toBe(200);
    expect(rows()[0]).toMatchObject({ started_at: 1_700_000_000_007 });
  });

  it('replaces the body of a redelivered case and says which delivery was new', async () => {
    const { deliver, rows } = setUp();
    const first = await deliver(JSON.stringify({ id: 'c-1', created_at_seconds: 100, chat_duration: 5 }));
    const second = await deliver(JSON.stringify({ id: 'c-1', created_at_seconds: 100, chat_duration: 9 }));
    expect(await first.json()).toMatchObject({ ok: true, outcome: 'new' });
    expect(await second.json()).toMatchObject({ ok: true, outcome: 'updated' });
    expect(rows()).toEqual([
      expect.objectContaining({
        id: 'c-1',
        delivery_count: 2,
        raw: expect.stringContaining('"chat_duration":9'),
      }),
    ]);
  });

  it('accepts the token as Authorization, raw or Bearer', async () => {
    const { deliver } = setUp();
    const body = JSON.stringify({ id: 'c-2' });
    expect((await deliver(body, { Authorization: TOKEN })).status).toBe(200);
    expect((await deliver(body, { Authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await deliver(body, {})).status).toBe(401);
    expect((await deliver(body, { Authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
  });

  it('names the problem with a malformed body', async () => {
    const { deliver } = setUp();
    const badJson = await deliver('{"id": ');
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.message).toMatch(/^Body is not valid JSON: /);
    const noId = await deliver(JSON.stringify({ id: '  ', type: 'chat' }));
    expect((await noId.json()).error.message).toMatch(/^The case has no `id`/);
    const missingId = await deliver(JSON.stringify({ type: 'chat' }));
    expect((await missingId.json()).error).toMatchObject({
      vendor: 'snapengage',
      code: 'bad_request',
      message: expect.stringMatching(/^The case has no `id`/),
    });
    const notAnObject = await deliver('[{"id":"x"}]');
    expect(notAnObject.status).toBe(400);
  });

  it('refuses a body past the size limit with 413 and stores nothing', async () => {
    const { deliver, rows } = setUp();
    const huge = JSON.stringify({ id: 'big', description: 'x'.repeat(5 * 1024 * 1024) });
    const response = await deliver(huge);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('too_large');
    expect(rows()).toEqual([]);
  });

  it('refuses a declared Content-Length past the limit before reading the body', async () => {
    const { inbox } = setUp();
    const response = await inbox.routes.request('/hooks/snapengage', {
      method: 'POST',
      headers: {
        Authentication: TOKEN,
        'content-type': 'application/json',
        'content-length': String(6 * 1024 * 1024),
      },
      body: '{"id":"small"}',
    });
    expect(response.status).toBe(413);
  });

  it('refuses the legacy XML format with 415 but tolerates a missing content type', async () => {
    const { inbox, deliver } = setUp();
    expect(
      (await deliver('<case/>', { Authentication: TOKEN, 'content-type': 'application/xml' })).status,
    ).toBe(415);
    const untyped = await inbox.routes.request('/hooks/snapengage', {
      method: 'POST',
      headers: { Authentication: TOKEN },
      body: new TextEncoder().encode('{"id":"untyped"}'),
    });
    expect(untyped.status).toBe(200);
  });

  it('tells a browser that opens the URL to POST instead', async () => {
    const { inbox } = setUp();
    const response = await inbox.routes.request('/hooks/snapengage');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('is off, and says how to turn it on, when no token is configured', async () => {
    const { deliver } = setUp({
      SNAPENGAGE_ORG_ID: 'o',
      SNAPENGAGE_API_TOKEN: 't',
      SNAPENGAGE_WIDGET_ID: 'w',
    });
    const response = await deliver(sample);
    expect(response.status).toBe(503);
    expect((await response.json()).error.message).toContain('SNAPENGAGE_WEBHOOK_TOKEN');
  });

  it('logs one line per delivery without the token', async () => {
    const { deliver, lines } = setUp();
    await deliver(sample);
    await deliver(sample);
    expect(lines).toEqual([
      expect.stringMatching(/"8b7c3b3b-f5d7-4e58-96d8" new \(\d+ bytes\)/),
      expect.stringMatching(/"8b7c3b3b-f5d7-4e58-96d8" updated/),
    ]);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});

describe('the store file', () => {
  it('lives under the data folder, apart from demo data, which is wiped at start', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'backscroll-inbox-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const demo = loadConfig({ BACKSCROLL_DEMO: '1', BACKSCROLL_DATA_DIR: dataDir });
    expect(inboxFile(demo)).toBe(path.join(dataDir, 'demo', 'snapengage-inbox.sqlite'));
    const live = loadConfig({ SNAPENGAGE_WEBHOOK_TOKEN: TOKEN, BACKSCROLL_DATA_DIR: dataDir });
    expect(inboxFile(live)).toBe(path.join(dataDir, 'snapengage-inbox.sqlite'));

    const token = demo.snapengage?.webhookToken ?? '';
    const first = createInbox({ config: demo, logger: { info: () => {}, warn: () => {} } });
    const post = (inbox: typeof first) =>
      inbox.routes.request('/hooks/snapengage', {
        method: 'POST',
        headers: { Authentication: token },
        body: '{"id":"d1"}',
      });
    expect((await post(first)).status).toBe(200);
    first.close();
    const second = createInbox({ config: demo, logger: { info: () => {}, warn: () => {} } });
    const listed = await (await second.routes.request('/api/inbox/snapengage/cases')).json();
    second.close();
    expect(listed.total).toBe(0);
  });

  it('keeps live deliveries across restarts and upgrades the schema version', async () => {
    const { deliver, inbox, config } = setUp();
    await deliver(sample);
    inbox.close();
    const again = createInbox({ config, logger: { info: () => {}, warn: () => {} } });
    cleanups.push(() => again.close());
    const listed = await (await again.routes.request('/api/inbox/snapengage/cases')).json();
    expect(listed.total).toBe(1);
    const db = new Database(inboxFile(config), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
