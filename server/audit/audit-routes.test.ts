import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditPageSchema } from '../../src/model/audit';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { silentLogger } from '../log';
import { createAudit } from './audit';
import { loadAuditConfig, type AuditConfig } from './audit-config';
import { createAuditRoutes, type AuditEnv } from './audit-routes';
import { openAuditTrail, type AuditTrail } from './audit-trail';

const NOW = Date.parse('2026-11-20T12:00:00Z');

let dir: string;
let trail: AuditTrail;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'backscroll-audit-routes-'));
  trail = openAuditTrail(path.join(dir, 'store.sqlite'), { retentionDays: 365 });
});

afterEach(() => {
  trail.close();
  rmSync(dir, { recursive: true, force: true });
});

function auditConfig(env: Record<string, string>): AuditConfig {
  const result = loadAuditConfig(env);
  if (!result.ok) throw new Error(result.message);
  return result.config;
}

const SIGN_IN = {
  BACKSCROLL_OIDC_ISSUER: 'https://id.example',
  BACKSCROLL_ADMIN_EMAILS: 'Boss@Example.com, audit@example.com',
};

/** The audit routes behind a stand-in for the sign-in middleware that sets `user` as told. */
function appAs(user: { email: string } | null | undefined, env: Record<string, string> = SIGN_IN) {
  const app = new Hono<AuditEnv>();
  app.use('*', async (c, next) => {
    if (user !== undefined) c.set('user', user);
    await next();
  });
  app.route('/', createAuditRoutes({ trail, config: auditConfig(env), now: () => NOW }));
  return app;
}

const viewReport = {
  action: 'transcript_view',
  detail: { vendor: 'imbox', conversationId: 'conv-7' },
} as const;

function report(app: Hono<AuditEnv>, body: unknown) {
  return app.request('/api/audit', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function listed(app: Hono<AuditEnv>, query = '') {
  const response = await app.request(`/api/audit${query}`);
  expect(response.status).toBe(200);
  return auditPageSchema.parse(await response.json());
}

describe('POST /api/audit', () => {
  it('records the signed-in user and the server time, never a user or time from the body', async () => {
    const app = appAs({ email: 'ann@example.com' });
    const response = await report(app, viewReport);
    expect(response.status).toBe(204);
    const forged = await report(app, { ...viewReport, user: 'boss@example.com', at: 1 });
    expect(forged.status).toBe(400);
    const { entries } = trail.list({ limit: 10 });
    expect(entries).toEqual([{ id: expect.any(String), at: NOW, user: 'ann@example.com', ...viewReport }]);
  });

  it('records exports with their format, filters, rows, redaction and file name', async () => {
    const detail = {
      format: 'csv',
      filters: [
        ['vendor', 'livechat'],
        ['from', '2026-11-01'],
      ],
      rows: 1234,
      redaction: false,
      fileName: 'backscroll_livechat_2026-11-01_to_2026-11-20.csv',
    };
    expect((await report(appAs(null, {}), { action: 'export', detail })).status).toBe(204);
    expect(trail.list({ limit: 1 }).entries[0]).toMatchObject({ user: null, action: 'export', detail });
  });

  it('records every export format and its redaction, and refuses a report carrying data or a bad redaction', async () => {
    const app = appAs(null, {});
    const formats = ['messages-csv', 'jsonl', 'transcript-text', 'transcript-print'];
    for (const format of formats) {
      const detail = {
        format,
        filters: [['q', 'refund']],
        rows: 3,
        redaction: true,
        fileName: `x.${format}`,
      };
      expect((await report(app, { action: 'export', detail })).status, format).toBe(204);
    }
    const stored = trail.list({ limit: 10 }).entries;
    expect(stored.map((entry) => entry.detail.format).sort()).toEqual([...formats].sort());
    for (const detail of [
      { format: 'jsonl', filters: [], rows: 1, redaction: 'yes', fileName: 'a.jsonl' },
      {
        format: 'jsonl',
        filters: [],
        rows: 1,
        redaction: true,
        fileName: 'a.jsonl',
        data: ['anna@example.com'],
      },
      { format: 'jsonl', filters: 'vendor=livechat', rows: 1, redaction: true, fileName: 'a.jsonl' },
    ]) {
      expect((await report(app, { action: 'export', detail })).status, JSON.stringify(detail)).toBe(400);
    }
    expect(trail.list({ limit: 10 }).entries).toHaveLength(formats.length);
  });

  it('answers 400 in the error shape for a bad body, and stores nothing', async () => {
    const app = appAs({ email: 'ann@example.com' });
    for (const body of [
      'not json',
      '',
      null,
      [],
      { action: 'sign_in', detail: {} },
      { action: 'transcript_view', detail: { vendor: 'zendesk', conversationId: 'x' } },
      { action: 'transcript_view', detail: { vendor: 'imbox', conversationId: '' } },
      { action: 'transcript_view', detail: { vendor: 'imbox', conversationId: 'x', extra: 1 } },
      {
        action: 'export',
        detail: { format: 'csv', filters: [], rows: -1, redaction: null, fileName: 'a.csv' },
      },
      {
        action: 'export',
        detail: { format: '<b>', filters: [], rows: 1, redaction: null, fileName: 'a.csv' },
      },
    ]) {
      const response = await report(app, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const error: unknown = await response.json();
      expect(error).toMatchObject({ error: { vendor: null, code: 'bad_request', retryable: false } });
    }
    const huge = await report(app, {
      ...viewReport,
      detail: { ...viewReport.detail, conversationId: 'x'.repeat(20_000) },
    });
    expect(huge.status).toBe(413);
    expect(trail.list({ limit: 10 }).entries).toEqual([]);
  });
});

describe('GET /api/audit: who may read it', () => {
  beforeEach(() => {
    trail.record({ at: NOW - 10, user: 'ann@example.com', ...viewReport });
  });

  it('is for administrators (any case) when sign-in is on', async () => {
    const admin = appAs({ email: 'boss@EXAMPLE.com' });
    expect((await listed(admin)).entries).toHaveLength(1);
    expect(await (await admin.request('/api/audit/access')).json()).toEqual({ allowed: true });
  });

  it('refuses everyone else with 403, and says so on /access', async () => {
    for (const user of [{ email: 'ann@example.com' }, null, undefined]) {
      const app = appAs(user);
      const response = await app.request('/api/audit');
      expect(response.status, JSON.stringify(user)).toBe(403);
      const body = JSON.stringify(await response.json());
      expect(body).toMatch(/"code":"forbidden"/);
      expect(body).not.toContain('conv-7');
      expect(await (await app.request('/api/audit/access')).json()).toEqual({ allowed: false });
    }
  });

  it('refuses a signed-in non-admin even when no sign-in setting is visible here', async () => {
    const app = appAs({ email: 'ann@example.com' }, { BACKSCROLL_ADMIN_EMAILS: 'boss@example.com' });
    expect((await app.request('/api/audit')).status).toBe(403);
  });

  it('is open without sign-in (one person on their own machine)', async () => {
    const app = appAs(null, {});
    expect((await listed(app)).entries).toHaveLength(1);
    expect(await (await app.request('/api/audit/access')).json()).toEqual({ allowed: true });
  });
});

describe('GET /api/audit: the listing', () => {
  it('filters and pages through the query string', async () => {
    for (let i = 0; i < 7; i++) {
      trail.record({ at: NOW - i * 1000, user: i % 2 ? 'ann@example.com' : null, ...viewReport });
    }
    const app = appAs(null, {});
    const first = await listed(app, '?limit=3');
    expect(first.entries.map((e) => e.at)).toEqual([NOW, NOW - 1000, NOW - 2000]);
    const second = await listed(app, `?limit=3&cursor=${first.next ?? ''}`);
    expect(second.entries.map((e) => e.at)).toEqual([NOW - 3000, NOW - 4000, NOW - 5000]);
    expect((await listed(app, '?user=ANN')).entries).toHaveLength(3);
    expect((await listed(app, '?action=export')).entries).toHaveLength(0);
    expect((await listed(app, `?from=${NOW - 2000}&to=${NOW - 1000}`)).entries).toHaveLength(2);
  });

  it('refuses a bad query with 400', async () => {
    const app = appAs(null, {});
    for (const query of [
      '?action=delete',
      '?from=yesterday',
      '?cursor=bogus',
      '?limit=0',
      '?other=1',
      `?from=2&to=1`,
    ]) {
      expect((await app.request(`/api/audit${query}`)).status, query).toBe(400);
    }
  });
});

describe('the audit routes in the app', () => {
  it('are mounted, record without sign-in as no user, and refuse a cross-site report', async () => {
    const config = loadConfig({ BACKSCROLL_DATA_DIR: dir, SNAPENGAGE_WEBHOOK_TOKEN: 't' });
    const audit = createAudit({ config, logger: silentLogger });
    try {
      const app = createApp({
        config,
        fetcher: () => Promise.reject(new Error('no network in tests')),
        logger: silentLogger,
        audit: audit.routes,
      });
      const headers = { host: '127.0.0.1:5173', 'content-type': 'application/json' };
      const crossSite = await app.request('/api/audit', {
        method: 'POST',
        headers: { ...headers, origin: 'https://evil.example' },
        body: JSON.stringify(viewReport),
      });
      expect(crossSite.status).toBe(403);
      const own = await app.request('/api/audit', {
        method: 'POST',
        headers: { ...headers, origin: 'http://127.0.0.1:5173', 'sec-fetch-site': 'same-origin' },
        body: JSON.stringify(viewReport),
      });
      expect(own.status).toBe(204);
      const page = auditPageSchema.parse(await (await app.request('/api/audit', { headers })).json());
      expect(page.entries).toEqual([
        { id: expect.any(String), at: expect.any(Number), user: null, ...viewReport },
      ]);
    } finally {
      audit.close();
    }
  });
});
