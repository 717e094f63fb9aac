import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { loadConfig } from './config';
import { createLogger, silentLogger } from './log';
import type { Fetcher } from './proxy/forward';

const env = {
  SOCIALINTENTS_ACCOUNT_ID: 'acct-1',
  SOCIALINTENTS_API_TOKEN: 'si-token-SECRET',
  SOCIALINTENTS_BASE_URL: 'http://si.test/v1/api',
  LIVECHAT_LOGIN: 'lead@example.com',
  LIVECHAT_API_KEY: 'lc-key-SECRET',
  LIVECHAT_BASE_URL: 'http://lc.test',
  IMBOX_API_KEY: 'imbox-key-SECRET',
  IMBOX_USER_ID: '4711',
  IMBOX_BASE_URL: 'http://imbox.test',
  SNAPENGAGE_ORG_ID: 'org-9',
  SNAPENGAGE_API_TOKEN: 'se-token-SECRET',
  SNAPENGAGE_WIDGET_ID: 'widget-1',
  SNAPENGAGE_BASE_URL: 'http://se.test',
};

function setup(extraEnv: Record<string, string> = {}) {
  const calls: Request[] = [];
  const lines: string[] = [];
  const config = loadConfig({ ...env, ...extraEnv });
  const fetcher: Fetcher = async (request) => {
    calls.push(request);
    return Response.json({ echoed: request.url });
  };
  const app = createApp({
    config,
    fetcher,
    logger: createLogger(
      ['si-token-SECRET', 'lc-key-SECRET', 'imbox-key-SECRET', '4711', 'se-token-SECRET'],
      (line) => lines.push(line),
    ),
  });
  return { app, calls, lines };
}

const decodeBasic = (header: string | null) =>
  Buffer.from((header ?? '').replace(/^Basic /, ''), 'base64').toString();

describe('the proxy', () => {
  it('forwards Social Intents lists to the configured base URL with Basic auth', async () => {
    const { app, calls } = setup();
    const response = await app.request(
      '/api/proxy/socialintents/missedchats?date_from=2026-11-01&date_to=2026-11-21&timezone=Europe%2FStockholm',
    );
    expect(response.status).toBe(200);
    const upstream = calls[0];
    expect(upstream?.url).toBe(
      'http://si.test/v1/api/missedchats?date_from=2026-11-01&date_to=2026-11-21&timezone=Europe%2FStockholm',
    );
    expect(decodeBasic(upstream?.headers.get('authorization') ?? null)).toBe('acct-1:si-token-SECRET');
  });

  it('sends LiveChat the API version header and Basic login:key', async () => {
    const { app, calls } = setup();
    await app.request('/api/proxy/livechat/chats?page=2&date_from=2026-11-01');
    // Forwarded in the order the route declares its parameters.
    expect(calls[0]?.url).toBe('http://lc.test/chats?date_from=2026-11-01&page=2');
    expect(calls[0]?.headers.get('x-api-version')).toBe('2');
    expect(decodeBasic(calls[0]?.headers.get('authorization') ?? null)).toBe(
      'lead@example.com:lc-key-SECRET',
    );
  });

  it('puts the ImBox key and user id into the path, and never into a log line', async () => {
    // Per-request lines (which carry the path) are printed with BACKSCROLL_LOG=debug.
    const { app, calls, lines } = setup({ BACKSCROLL_LOG: 'debug' });
    await app.request('/api/proxy/imbox/listConversations?fromDate=2026-11-01&toDate=2026-11-21');
    await app.request('/api/proxy/imbox/grabConversation/V123');
    expect(calls.map((call) => call.url)).toEqual([
      'http://imbox.test/message/listConversations/imbox-key-SECRET/4711/2026-11-01/2026-11-21',
      'http://imbox.test/message/grabConversation/imbox-key-SECRET/4711/V123',
    ]);
    expect(lines.join('\n')).not.toMatch(/SECRET|4711/);
    expect(lines.join('\n')).toContain('/message/grabConversation/[redacted]/[redacted]/V123');
  });

  it('is no open relay: unknown endpoints, parameters and ids are refused before any request', async () => {
    const { app, calls } = setup();
    expect((await app.request('/api/proxy/livechat/agents')).status).toBe(404);
    expect((await app.request('/api/proxy/livechat/chats?callback=x')).status).toBe(400);
    expect((await app.request('/api/proxy/imbox/grabConversation/..%2F..%2Fsecret')).status).toBe(400);
    expect((await app.request('/api/proxy/imbox/grabConversation/V1/extra')).status).toBe(404);
    expect((await app.request('/api/proxy/imbox/grabConversation/V1?x=1')).status).toBe(400);
    expect((await app.request('/api/proxy/imbox/grabConversation/a%3Fb')).status).toBe(400);
    expect(
      (await app.request('/api/proxy/imbox/listConversations?fromDate=yesterday&toDate=2026-01-01')).status,
    ).toBe(400);
    expect((await app.request('/api/proxy/example.com/anything')).status).toBe(404);
    expect((await app.request('/api/proxy/socialintents/chats?url=http://evil.test')).status).toBe(400);
    expect(calls).toHaveLength(0);
  });

  it('follows a SnapEngage next-page link only to the Logs API itself, for the same query', async () => {
    const { app, calls } = setup();
    const chain = 'start=2026-11-01&end=2026-11-21';
    const good = encodeURIComponent(
      'http://se.test/api/v2/org-9/logs?widgetId=widget-1&start=2026-11-01&end=2026-11-21&offset=100',
    );
    expect((await app.request(`/api/proxy/snapengage/logs?${chain}&next=${good}`)).status).toBe(200);
    expect(calls[0]?.headers.get('authorization')).toBe('se-token-SECRET');
    for (const bad of [
      'http://evil.test/api/v2/org-9/logs?widgetId=widget-1&start=2026-11-01&end=2026-11-21&offset=100',
      'http://se.test/api/v2/other-org/logs?widgetId=widget-1&start=2026-11-01&end=2026-11-21&offset=100',
      'http://user:pw@se.test/api/v2/org-9/logs?widgetId=widget-1&start=2026-11-01&end=2026-11-21&offset=100',
      'http://se.test/api/v2/org-9/logs?widgetId=widget-1&start=2026-11-01&end=2026-11-21',
    ]) {
      const response = await app.request(
        `/api/proxy/snapengage/logs?${chain}&next=${encodeURIComponent(bad)}`,
      );
      expect(response.status, bad).toBe(400);
    }
    expect(calls).toHaveLength(1);
    await app.request(`/api/proxy/snapengage/logs?${chain}`);
    expect(new URL(calls[1]?.url ?? '').searchParams.get('widgetId')).toBe('widget-1');
  });

  it('declares every route: an unknown vendor or path is 404 JSON, the old unprefixed paths are gone', async () => {
    const { app, calls } = setup();
    for (const path of ['/api/proxy/example/chats', '/api/proxy/livechat', '/api/livechat/chats']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
    expect(calls).toHaveLength(0);
  });

  it('tells the browser which vendors are live without revealing any credential', async () => {
    const { app } = setup();
    const body = await (await app.request('/api/vendors')).text();
    expect(JSON.parse(body)).toMatchObject({
      demo: false,
      vendors: [
        { id: 'socialintents', mode: 'live' },
        { id: 'livechat', mode: 'live' },
        { id: 'imbox', mode: 'live' },
        { id: 'snapengage', mode: 'live', capabilities: ['logs'] },
      ],
    });
    expect(body).not.toMatch(/SECRET|4711|acct-1|lead@example.com/);
  });

  it('answers a vendor that is not configured with a typed error', async () => {
    const config = loadConfig({ LIVECHAT_LOGIN: 'a', LIVECHAT_API_KEY: 'b' });
    const app = createApp({
      config,
      fetcher: () => Promise.reject(new Error('unused')),
      logger: silentLogger,
    });
    const response = await app.request('/api/proxy/imbox/grabAgents');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      error: { vendor: 'imbox', code: 'not_configured', retryable: false },
    });
  });

  it('turns a refused credential into a per-vendor error naming the settings, not the secret', async () => {
    const config = loadConfig(env);
    const app = createApp({
      config,
      fetcher: async () => Response.json({ error: 'Authorization failed' }, { status: 401 }),
      logger: silentLogger,
    });
    const response = await app.request('/api/proxy/livechat/chats');
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({
      error: { vendor: 'livechat', code: 'auth', upstreamStatus: 401 },
    });
    expect(text).toContain('LIVECHAT_LOGIN');
    expect(text).not.toContain('SECRET');
  });
});
