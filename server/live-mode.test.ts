import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { loadConfig } from './config';
import { createLogger } from './log';

/**
 * Live mode against a vendor stand-in on loopback (not the project's MSW emulation): the proxy's real
 * global fetch, real sockets, credentials from the environment.
 */
let standIn: Server;
let base: string;
const seen: IncomingMessage[] = [];
let livechatAttempts = 0;

beforeAll(async () => {
  standIn = createServer((req, res) => {
    seen.push(req);
    const auth = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
    res.setHeader('content-type', 'application/json');
    if (req.url?.startsWith('/si/chats')) {
      if (auth !== 'acct:si-live-secret') {
        res.statusCode = 401;
        res.end(
          JSON.stringify({ apiStatus: 'Error', apiStatusCode: '401', apiStatusMessage: 'Unauthorized' }),
        );
        return;
      }
      res.end(
        JSON.stringify({
          apiStatus: 'Success',
          apiStatusCode: '200',
          apiStatusMessage: '',
          chats: [{ id: 'x1' }],
        }),
      );
      return;
    }
    if (req.url?.startsWith('/lc/chats')) {
      livechatAttempts++;
      if (livechatAttempts === 1) {
        res.statusCode = 429;
        res.setHeader('retry-after', '0');
        res.end('{"error":"Too many requests"}');
        return;
      }
      res.end(JSON.stringify({ chats: [], total: 0, pages: 0 }));
      return;
    }
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => standIn.close(() => resolve())));

function appWith(env: Record<string, string>, lines: string[] = []) {
  const config = loadConfig(env);
  return createApp({
    config,
    fetcher: fetch,
    logger: createLogger(['si-live-secret', 'lc-live-secret'], (line) => lines.push(line)),
  });
}

describe('live mode against a vendor stand-in', () => {
  it('reaches the configured base URL with the configured credentials', async () => {
    const lines: string[] = [];
    const app = appWith(
      {
        SOCIALINTENTS_ACCOUNT_ID: 'acct',
        SOCIALINTENTS_API_TOKEN: 'si-live-secret',
        SOCIALINTENTS_BASE_URL: `${base}/si`,
      },
      lines,
    );
    const response = await app.request(
      '/api/proxy/socialintents/chats?date_from=2026-11-01&date_to=2026-11-21',
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ chats: [{ id: 'x1' }] });
    expect(seen.at(-1)?.url).toBe('/si/chats?date_from=2026-11-01&date_to=2026-11-21');
    expect(lines.join('\n')).not.toContain('si-live-secret');
  });

  it('shows a wrong credential as a per-vendor auth error', async () => {
    const app = appWith({
      SOCIALINTENTS_ACCOUNT_ID: 'acct',
      SOCIALINTENTS_API_TOKEN: 'wrong',
      SOCIALINTENTS_BASE_URL: `${base}/si`,
    });
    const response = await app.request('/api/proxy/socialintents/chats');
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({
      error: { vendor: 'socialintents', code: 'auth', upstreamStatus: 401 },
    });
  });

  it('retries a rate-limited request and succeeds', async () => {
    const app = appWith({
      LIVECHAT_LOGIN: 'me',
      LIVECHAT_API_KEY: 'lc-live-secret',
      LIVECHAT_BASE_URL: `${base}/lc`,
    });
    const response = await app.request('/api/proxy/livechat/chats?page=1');
    expect(response.status).toBe(200);
    expect(livechatAttempts).toBe(2);
  });

  it('reports an unreachable vendor without hanging', async () => {
    const app = appWith({
      LIVECHAT_LOGIN: 'me',
      LIVECHAT_API_KEY: 'k',
      LIVECHAT_BASE_URL: 'http://127.0.0.1:9',
      BACKSCROLL_UPSTREAM_TIMEOUT_MS: '500',
    });
    const response = await app.request('/api/proxy/livechat/chats');
    expect(await response.json()).toMatchObject({ error: { vendor: 'livechat', retryable: true } });
  });
});
