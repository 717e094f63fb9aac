import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  normalizeSnapEngageCase,
  START_FROM_RECEIPT,
} from '../../src/vendors/snapengage/normalize-snapengage';
import { inboxPageSchema } from '../../src/vendors/snapengage/snapengage-api';
import { loadConfig } from '../config';
import { silentLogger } from '../log';
import { createInbox, inboxFile } from './inbox';

/** The inbox never fails on the size or the shape of what SnapEngage sends (issue 8, item 6). */
const TOKEN = 'webhook-secret-42';
const CASES = '/api/inbox/snapengage/cases';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** A page budget small enough to test with cases of kilobytes instead of megabytes. */
const PAGE_BYTES = 100_000;

function setUp() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'backscroll-shapes-'));
  const config = loadConfig({ SNAPENGAGE_WEBHOOK_TOKEN: TOKEN, BACKSCROLL_DATA_DIR: dataDir });
  let inbox = createInbox({ config, logger: silentLogger, maxPageBytes: PAGE_BYTES });
  cleanups.push(() => {
    inbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const deliver = (body: string) =>
    inbox.routes.request('/hooks/snapengage', {
      method: 'POST',
      headers: { Authentication: TOKEN, 'content-type': 'application/json' },
      body,
    });
  const get = (url: string) => inbox.routes.request(url);
  const reopen = () => {
    inbox.close();
    inbox = createInbox({ config, logger: silentLogger, maxPageBytes: PAGE_BYTES });
  };
  return { deliver, get, reopen, config };
}

describe('listing pages', () => {
  it('are bounded in bytes as well as in count, and the cursor gives the rest', async () => {
    const { deliver, get } = setUp();
    const big = 'x'.repeat(40_000);
    for (let i = 0; i < 6; i++) {
      const body = JSON.stringify({
        id: `big-${i}`,
        created_at_seconds: 1_700_000_000 + i,
        description: big,
      });
      expect((await deliver(body)).status).toBe(200);
    }
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const response = await get(`${CASES}?limit=1000${query}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(PAGE_BYTES + 1024);
      const page = JSON.parse(text) as { cases: Array<{ id: string }>; next: string | null; total: number };
      expect(page.total).toBe(6);
      ids.push(...page.cases.map((item) => item.id));
      cursor = page.next;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(pages).toBeGreaterThan(1);
    expect(ids.sort()).toEqual(['big-0', 'big-1', 'big-2', 'big-3', 'big-4', 'big-5']);
  });
});

describe('a delivery without a start time', () => {
  it('is stored and shown at its receipt time, marked so, rather than accepted and dropped', async () => {
    const { deliver, get } = setUp();
    const before = Date.now();
    expect((await deliver(JSON.stringify({ id: 'no-start', type: 'chat', transcripts: [] }))).status).toBe(
      200,
    );
    const after = Date.now();
    const page = inboxPageSchema.parse(
      await (await get(`${CASES}?from=${before - 1000}&to=${after + 1000}`)).json(),
    );
    expect(page.cases).toHaveLength(1);
    const [listed] = page.cases;
    if (!listed) throw new Error('no case listed');
    const conversation = normalizeSnapEngageCase(listed);
    expect(conversation).not.toBeNull();
    expect(conversation?.startedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(conversation?.startedAt).toBeLessThanOrEqual(after);
    expect(conversation?.customVariables).toContainEqual(START_FROM_RECEIPT);
  });

  it('is not marked once a redelivery brings its start time', async () => {
    const { deliver, get } = setUp();
    await deliver(JSON.stringify({ id: 'later', type: 'chat' }));
    await deliver(JSON.stringify({ id: 'later', type: 'chat', created_at_seconds: 1_700_000_000 }));
    const body = await (await get(`${CASES}/later`)).json();
    expect(body.case.created_at_seconds).toBe(1_700_000_000);
    expect(body.case.backscroll_start_from_receipt).toBeUndefined();
  });
});

describe('case ids', () => {
  it('are kept as the exact text sent: no two spellings or large numbers collapse', async () => {
    const { deliver, get } = setUp();
    const ids = ['4242', '"4242"', '4.242e3', '9007199254740993', '9007199254740992'];
    for (const id of ids) {
      const response = await deliver(`{"id": ${id}, "created_at_seconds": 1700000000}`);
      expect(response.status, id).toBe(200);
      expect((await response.json()).outcome, id).toBe('new');
    }
    const page = await (await get(CASES)).json();
    expect(page.total).toBe(5);
    // Number ids reach the browser as strings of their exact digits, never through a JS number.
    expect(page.cases.map((item: { id: unknown }) => item.id).sort()).toEqual(
      ['4242', '4242', '4.242e3', '9007199254740993', '9007199254740992'].sort(),
    );
    const big = await (await get(`${CASES}/9007199254740993`)).json();
    expect(big.case.id).toBe('9007199254740993');
  });

  it('still refuses a body without an id, or a malformed one, storing nothing', async () => {
    const { deliver, get } = setUp();
    for (const body of ['{"type":"chat"}', '{"id": null}', '{"id": ""}', '{"id": [1]}', '{"id": 1,', '[]']) {
      expect((await deliver(body)).status, body).toBe(400);
    }
    expect((await (await get(CASES)).json()).total).toBe(0);
  });
});

describe('a store written by schema 1', () => {
  it('is upgraded in place, keeping every case and reading number ids and receipt starts', async () => {
    const { config, get, reopen } = setUp();
    reopen();
    // Rewrite the file as schema 1 left it.
    const file = inboxFile(config);
    const db = new Database(file);
    db.exec(`DROP TABLE cases;
      CREATE TABLE cases (id TEXT PRIMARY KEY, started_at INTEGER NOT NULL, type TEXT, visitor_email TEXT,
        first_received_at INTEGER NOT NULL, received_at INTEGER NOT NULL,
        delivery_count INTEGER NOT NULL DEFAULT 1, raw TEXT NOT NULL) STRICT;
      INSERT INTO cases VALUES ('a', 1000, 'chat', NULL, 5000, 5000, 1, '{"id":"a","created_at_seconds":1}');
      INSERT INTO cases VALUES ('77', 5000, 'chat', NULL, 5000, 5000, 2, '{"id":77}');`);
    db.pragma('user_version = 1');
    db.close();
    reopen();
    const page = await (await get(CASES)).json();
    expect(page.total).toBe(2);
    const byId = new Map(page.cases.map((item: { id: string }) => [item.id, item]));
    expect(byId.get('a')).toEqual({ id: 'a', created_at_seconds: 1 });
    expect(byId.get('77')).toMatchObject({
      id: '77',
      created_at_seconds: 5,
      backscroll_start_from_receipt: true,
    });
  });
});
