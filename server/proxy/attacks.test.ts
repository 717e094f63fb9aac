import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { silentLogger } from '../log';

/**
 * The proxy tried as an attacker (or a broken vendor) would try it, against a vendor stand-in on loopback
 * that is not the project's emulation: real sockets, the real global fetch, the real timers.
 */
const PROXY = '/api/proxy';
const IMBOX_KEY = 'imbox-key-SECRET-1234';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end('{}');
const seen: string[] = [];
let standIn: Server;
let base: string;

beforeAll(async () => {
  standIn = createServer((req, res) => {
    seen.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
});

afterAll(() => {
  standIn.closeAllConnections();
  return new Promise<void>((resolve) => standIn.close(() => resolve()));
});

function appFor(extra: Record<string, string> = {}) {
  seen.length = 0;
  const config = loadConfig({
    IMBOX_API_KEY: IMBOX_KEY,
    IMBOX_USER_ID: '4711',
    IMBOX_BASE_URL: `${base}/imbox`,
    LIVECHAT_LOGIN: 'me',
    LIVECHAT_API_KEY: 'lc-key-SECRET',
    LIVECHAT_BASE_URL: `${base}/lc`,
    SNAPENGAGE_ORG_ID: 'org-9',
    SNAPENGAGE_API_TOKEN: 'se-token-SECRET',
    SNAPENGAGE_WIDGET_ID: 'widget-1',
    SNAPENGAGE_BASE_URL: `${base}/se`,
    ...extra,
  });
  return createApp({ config, fetcher: fetch, logger: silentLogger });
}

describe('only JSON passes from a vendor to the browser', () => {
  it('turns an ImBox 200 HTML page that echoes its URL into a typed error without the key', async () => {
    handler = (req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<html><body>You asked for ${req.url}</body></html>`);
    };
    const response = await appFor().request(`${PROXY}/imbox/grabAgents`);
    const text = await response.text();
    expect(text).not.toContain(IMBOX_KEY);
    expect(text).not.toContain('<html>');
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(text).error).toMatchObject({ vendor: 'imbox', retryable: false });
  });
});

describe('each proxied call is bounded', () => {
  it('answers a hung vendor within the deadline, retries included', async () => {
    handler = () => {
      // Never answers.
    };
    const app = appFor({ BACKSCROLL_UPSTREAM_DEADLINE_MS: '1000', BACKSCROLL_UPSTREAM_TIMEOUT_MS: '800' });
    const started = Date.now();
    const response = await app.request(`${PROXY}/livechat/chats`);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(response.status).toBe(504);
    expect((await response.json()).error).toMatchObject({ vendor: 'livechat', code: 'timeout' });
  }, 15_000);

  it('never hands on a body that stalls halfway as a 200', async () => {
    handler = (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.write('{"chats":[{"id":"1"},');
      // ...and nothing more.
    };
    const app = appFor({ BACKSCROLL_UPSTREAM_DEADLINE_MS: '1000', BACKSCROLL_UPSTREAM_TIMEOUT_MS: '800' });
    const response = await app.request(`${PROXY}/livechat/chats`);
    const text = await response.text();
    expect(response.status).not.toBe(200);
    expect(JSON.parse(text).error).toMatchObject({ vendor: 'livechat' });
  }, 15_000);

  it('refuses an answer larger than BACKSCROLL_MAX_UPSTREAM_BYTES', async () => {
    handler = (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ chats: [{ id: 'x'.repeat(200_000) }] }));
    };
    const response = await appFor({ BACKSCROLL_MAX_UPSTREAM_BYTES: '100000' }).request(
      `${PROXY}/livechat/chats`,
    );
    expect(response.status).toBe(502);
    expect((await response.json()).error).toMatchObject({ vendor: 'livechat', code: 'too_large' });
  });
});

describe('parameters', () => {
  it('refuses a query parameter given twice, before any vendor call', async () => {
    handler = (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"result":"success","json":[]}');
    };
    const app = appFor();
    for (const path of [
      `${PROXY}/imbox/chatStatistics?startTime=2026-01-01T00:00:00.000Z&startTime=..%2F..%2FgrabAgents`,
      `${PROXY}/imbox/listConversations?fromDate=2026-01-01&toDate=2026-01-02&toDate=x`,
      `${PROXY}/livechat/chats?page=1&page=2`,
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(400);
      expect((await response.json()).error).toMatchObject({ code: 'bad_request' });
    }
    expect(seen).toEqual([]);
  });
});

describe('SnapEngage next-page links', () => {
  const logsPath = '/se/api/v2/org-9/logs';
  const chain = 'start=2026-11-01&end=2026-11-07&timezone=UTC';
  const link = (query: string) => encodeURIComponent(`${base}${logsPath}?${query}`);

  it('follows a link that differs from the first page only by its paging parameter', async () => {
    handler = (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ cases: [{ id: 'a' }], linkToNextSetOfResults: '' }));
    };
    const app = appFor();
    const good = link(`widgetId=widget-1&start=2026-11-01&end=2026-11-07&timezone=UTC&next=abc`);
    const response = await app.request(`${PROXY}/snapengage/logs?${chain}&next=${good}`);
    expect(response.status).toBe(200);
    expect(seen).toEqual([
      `${logsPath}?widgetId=widget-1&start=2026-11-01&end=2026-11-07&timezone=UTC&next=abc`,
    ]);
  });

  it('refuses a link that changes widgetId, adds a parameter or changes the range', async () => {
    const app = appFor();
    for (const query of [
      'widgetId=someone-elses&start=2026-11-01&end=2026-11-07&timezone=UTC&next=abc',
      'widgetId=widget-1&start=2026-11-01&end=2026-11-07&timezone=UTC&next=abc&format=csv',
      'widgetId=widget-1&start=2020-01-01&end=2026-11-07&timezone=UTC&next=abc',
      'widgetId=widget-1&widgetId=widget-2&start=2026-11-01&end=2026-11-07&timezone=UTC&next=abc',
    ]) {
      const response = await app.request(`${PROXY}/snapengage/logs?${chain}&next=${link(query)}`);
      expect(response.status, query).toBe(400);
    }
    expect(seen).toEqual([]);
  });

  it('stops a vendor that links a page to itself instead of paging forever', async () => {
    handler = (req, res) => {
      res.setHeader('content-type', 'application/json');
      const self = `${base}${req.url}`;
      const next = new URL(self);
      if (!next.searchParams.has('next')) next.searchParams.set('next', 'p2');
      res.end(JSON.stringify({ cases: [{ id: 'a' }], linkToNextSetOfResults: next.href }));
    };
    const app = appFor();
    // The first page links to page 2, which links to itself: following it must end with an error.
    let url = `${PROXY}/snapengage/logs?${chain}`;
    let calls = 0;
    let last: Response | null = null;
    for (; calls < 20; calls++) {
      last = await app.request(url);
      if (last.status !== 200) break;
      const body = (await last.json()) as { linkToNextSetOfResults: string };
      url = `${PROXY}/snapengage/logs?${chain}&next=${encodeURIComponent(body.linkToNextSetOfResults)}`;
    }
    expect(calls).toBeLessThan(3);
    expect(last?.status).toBe(502);
  });
});

describe('retries', () => {
  it('keeps 300 failing requests to a vendor near 300 vendor calls', async () => {
    handler = (_req, res) => {
      res.statusCode = 503;
      res.setHeader('content-type', 'application/json');
      res.end('{"error":"down"}');
    };
    const app = appFor();
    const responses = await Promise.all(
      Array.from({ length: 300 }, () => app.request(`${PROXY}/livechat/chats?page=1`)),
    );
    expect(responses.every((response) => response.status === 502)).toBe(true);
    expect(seen.length).toBeLessThanOrEqual(310);
  }, 30_000);

  it('does not retry a 4xx', async () => {
    handler = (_req, res) => {
      res.statusCode = 400;
      res.setHeader('content-type', 'application/json');
      res.end('{"error":"bad"}');
    };
    await appFor().request(`${PROXY}/livechat/chats`);
    expect(seen).toHaveLength(1);
  });
});
