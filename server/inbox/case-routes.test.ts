import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { silentLogger } from '../log';
import { createInbox } from './inbox';

const TOKEN = 'webhook-secret-42';
const HOUR = 3_600_000;
const BASE = Date.parse('2026-03-01T00:00:00Z');

let dataDir: string;
let inbox: ReturnType<typeof createInbox>;
let app: ReturnType<typeof createApp>;

/** 30 cases an hour apart; c-0 is the oldest. Two share an instant to exercise the id tie-break. */
const cases = Array.from({ length: 30 }, (_, i) => ({
  id: `c-${String(i).padStart(2, '0')}`,
  created_at_seconds: (BASE + (i === 11 ? 10 : i) * HOUR) / 1000,
  created_at_milliseconds: 0,
  type: 'chat',
  // Three cases from one returning visitor, typed in mixed case: the visitor page asks for them by e-mail.
  ...(i % 10 === 3 ? { requested_by: 'Zoe.Muller@Example.org' } : {}),
}));

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'backscroll-cases-'));
  const config = loadConfig({ SNAPENGAGE_WEBHOOK_TOKEN: TOKEN, BACKSCROLL_DATA_DIR: dataDir });
  inbox = createInbox({ config, logger: silentLogger });
  app = createApp({
    config,
    fetcher: () => Promise.reject(new Error('no network in tests')),
    logger: silentLogger,
    inbox: inbox.routes,
  });
  for (const item of cases) {
    const response = await app.request('/hooks/snapengage', {
      method: 'POST',
      headers: { Authentication: TOKEN, 'content-type': 'application/json' },
      body: JSON.stringify(item),
    });
    expect(response.status).toBe(200);
  }
});

afterAll(() => {
  inbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The body as the browser would see it: JSON of whatever shape the endpoint answered. */
async function getJson(url: string) {
  const response = await app.request(url);
  return { status: response.status, body: await response.json() };
}

describe('GET /api/inbox/snapengage/cases', () => {
  it("lists one visitor's cases by e-mail over all time, in any case, following the cursor", async () => {
    const first = await getJson('/api/inbox/snapengage/cases?email=ZOE.MULLER%40example.org&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(3);
    expect(first.body.cases.map((item: { id: string }) => item.id)).toEqual(['c-23', 'c-13']);
    const rest = await getJson(
      `/api/inbox/snapengage/cases?email=zoe.muller%40example.org&limit=2&cursor=${encodeURIComponent(first.body.next)}`,
    );
    expect(rest.body.cases.map((item: { id: string }) => item.id)).toEqual(['c-03']);
    expect(rest.body.next).toBeNull();
    const nobody = await getJson('/api/inbox/snapengage/cases?email=nobody%40example.org');
    expect(nobody.body).toEqual({ cases: [], next: null, total: 0 });
  });

  it('lists the cases that started in the range, newest first, as the raw bodies', async () => {
    const from = BASE + 5 * HOUR;
    const to = BASE + 9 * HOUR;
    const { status, body } = await getJson(`/api/inbox/snapengage/cases?from=${from}&to=${to}`);
    expect(status).toBe(200);
    expect(body.cases.map((item: { id: string }) => item.id)).toEqual([
      'c-09',
      'c-08',
      'c-07',
      'c-06',
      'c-05',
    ]);
    expect(body.cases[0]).toEqual(cases[9]);
    expect(body).toMatchObject({ total: 5, next: null });
  });

  it('pages with an opaque cursor until every case was listed exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const { status, body } = await getJson(
        `/api/inbox/snapengage/cases?from=${BASE}&to=${BASE + 100 * HOUR}&limit=7${query}`,
      );
      expect(status).toBe(200);
      expect(body.total).toBe(30);
      seen.push(...body.cases.map((item: { id: string }) => item.id));
      cursor = body.next;
      pages++;
    } while (cursor !== null);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(30);
    // c-10 and c-11 started at the same instant: the larger id comes first, and neither is lost.
    expect(seen.indexOf('c-11')).toBe(seen.indexOf('c-10') - 1);
  });

  it('refuses bad query parameters with the proxy error shape', async () => {
    for (const query of [
      'limit=0',
      'limit=1001',
      'from=yesterday',
      'cursor=not-ours',
      'colour=blue',
      `from=${BASE}&to=${BASE - 1}`,
    ]) {
      const { status, body } = await getJson(`/api/inbox/snapengage/cases?${query}`);
      expect(status, query).toBe(400);
      expect(body.error).toMatchObject({
        vendor: 'snapengage',
        code: 'bad_request',
        upstreamStatus: null,
        retryable: false,
      });
    }
  });
});

describe('GET /api/inbox/snapengage/cases/:id', () => {
  it('returns the raw case, or 404 JSON', async () => {
    expect(await getJson('/api/inbox/snapengage/cases/c-03')).toEqual({
      status: 200,
      body: { case: cases[3] },
    });
    const missing = await getJson('/api/inbox/snapengage/cases/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });
});

describe('without a webhook token', () => {
  it('still serves the cases already stored, and an empty inbox when there is no store', async () => {
    const withoutToken = loadConfig({
      SNAPENGAGE_ORG_ID: 'o',
      SNAPENGAGE_API_TOKEN: 't',
      SNAPENGAGE_WIDGET_ID: 'w',
      BACKSCROLL_DATA_DIR: dataDir,
    });
    const readOnly = createInbox({ config: withoutToken, logger: silentLogger });
    const listed = await (await readOnly.routes.request('/api/inbox/snapengage/cases')).json();
    readOnly.close();
    expect(listed.total).toBe(30);

    const emptyDir = mkdtempSync(path.join(tmpdir(), 'backscroll-cases-'));
    const fresh = createInbox({ config: { ...withoutToken, dataDir: emptyDir }, logger: silentLogger });
    const none = await (await fresh.routes.request('/api/inbox/snapengage/cases')).json();
    fresh.close();
    rmSync(emptyDir, { recursive: true, force: true });
    expect(none).toEqual({ cases: [], next: null, total: 0 });
  });
});
