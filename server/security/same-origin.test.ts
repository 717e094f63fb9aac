import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createInbox } from '../inbox/inbox';
import { silentLogger } from '../log';

const TOKEN = 'webhook-secret-42';
const HOST = '127.0.0.1:5173';

let dataDir: string;
let inbox: ReturnType<typeof createInbox>;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'backscroll-origin-'));
  const config = loadConfig({
    SNAPENGAGE_WEBHOOK_TOKEN: TOKEN,
    BACKSCROLL_DATA_DIR: dataDir,
    BACKSCROLL_PUBLIC_URL: 'https://backscroll.team.example',
  });
  inbox = createInbox({ config, logger: silentLogger });
  app = createApp({
    config,
    fetcher: () => Promise.reject(new Error('no network in tests')),
    logger: silentLogger,
    inbox: inbox.routes,
  });
});

afterAll(() => {
  inbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

let sequence = 0;

/** A webhook delivery with extra headers; the case id tells whether it was stored. */
async function post(headers: Record<string, string>, host = HOST) {
  const id = `case-${++sequence}`;
  const response = await app.request('/hooks/snapengage', {
    method: 'POST',
    headers: { host, Authentication: TOKEN, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ id, created_at_seconds: 1_700_000_000, type: 'chat' }),
  });
  const stored =
    (await app.request(`/api/inbox/snapengage/cases/${id}`, { headers: { host } })).status === 200;
  return { response, stored };
}

describe('same-origin writes', () => {
  it('refuses a state-changing request from another origin with 403 in the error shape, storing nothing', async () => {
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1:6666',
      'https://127.0.0.1:5173.evil.example',
      'null',
      'file://',
    ]) {
      const { response, stored } = await post({ origin });
      expect(response.status, origin).toBe(403);
      expect(await response.json()).toEqual({
        error: {
          vendor: null,
          code: 'cross_origin',
          message: expect.stringMatching(/another site/),
          upstreamStatus: null,
          retryable: false,
        },
      });
      expect(stored, origin).toBe(false);
    }
  });

  it('refuses other methods from another origin too', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const response = await app.request('/api/inbox/snapengage/cases/x', {
        method,
        headers: { host: HOST, origin: 'https://evil.example' },
      });
      expect(response.status, method).toBe(403);
    }
  });

  it('falls back to Sec-Fetch-Site when there is no Origin', async () => {
    for (const site of ['cross-site', 'same-site', 'none']) {
      const { response, stored } = await post({ 'sec-fetch-site': site });
      expect(response.status, site).toBe(403);
      expect(stored).toBe(false);
    }
    const same = await post({ 'sec-fetch-site': 'same-origin' });
    expect(same.response.status).toBe(200);
    expect(same.stored).toBe(true);
  });

  it('takes Sec-Fetch-Site when the browser hides the origin as "null" (a form on a no-referrer page)', async () => {
    const own = await post({ origin: 'null', 'sec-fetch-site': 'same-origin' });
    expect(own.response.status).toBe(200);
    expect(own.stored).toBe(true);
    for (const site of ['cross-site', 'same-site']) {
      const { response, stored } = await post({ origin: 'null', 'sec-fetch-site': site });
      expect(response.status, site).toBe(403);
      expect(stored).toBe(false);
    }
  });

  it("lets the server's own pages write: the request's own host, or the public URL", async () => {
    for (const [origin, host] of [
      [`http://${HOST}`, HOST],
      ['https://backscroll.team.example', 'backscroll.team.example'],
      // Behind a TLS proxy that hands the app another Host, the public URL still matches.
      ['https://backscroll.team.example', HOST],
      ['http://localhost', 'localhost:80'],
    ] as const) {
      const { response, stored } = await post({ origin, 'sec-fetch-site': 'same-origin' }, host);
      expect(response.status, `${origin} → ${host}`).toBe(200);
      expect(stored).toBe(true);
    }
  });

  it('lets requests that are not from a browser through (the webhook, curl)', async () => {
    const { response, stored } = await post({});
    expect(response.status).toBe(200);
    expect(stored).toBe(true);
  });

  it('leaves reads alone: a cross-origin GET is answered but readable by no other site', async () => {
    const response = await app.request('/api/health', {
      headers: { host: HOST, origin: 'https://evil.example' },
    });
    expect(response.status).toBe(200);
    expect(corsHeaders(response)).toEqual([]);
  });
});

function corsHeaders(response: Response): string[] {
  return [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
}

describe('CORS', () => {
  it('sends no CORS headers, not even to a preflight', async () => {
    for (const target of ['/api/inbox/snapengage/cases', '/api/vendors', '/hooks/snapengage', '/api/audit']) {
      const preflight = await app.request(target, {
        method: 'OPTIONS',
        headers: {
          host: HOST,
          origin: 'https://evil.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(corsHeaders(preflight), target).toEqual([]);
      expect(preflight.status, target).not.toBe(204);
    }
  });
});
