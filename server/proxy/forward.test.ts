import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../log';
import type { UpstreamVendor } from '../vendors/upstream';
import { forward, retryAfterMs, type Fetcher, type ForwardOptions, type ProxyLimits } from './forward';
import { createRetryBudget } from './retry-budget';

const vendor: UpstreamVendor = {
  id: 'livechat',
  label: 'LiveChat',
  credentialHint: 'LIVECHAT_LOGIN and LIVECHAT_API_KEY',
  secrets: ['lc-key-SECRET'],
};
const target = { url: new URL('https://vendor.test/chats?page=1'), headers: { authorization: 'Basic abc' } };
const limits: ProxyLimits = { attemptTimeoutMs: 1000, deadlineMs: 5000, maxBytes: 1024 * 1024 };

function options(fetcher: Fetcher, extra: Partial<ForwardOptions> = {}): ForwardOptions {
  return {
    fetcher,
    logger: silentLogger,
    limits,
    budget: createRetryBudget(),
    sleep: async () => {},
    ...extra,
  };
}

function scripted(...responses: Array<() => Response | Promise<Response>>): {
  fetcher: Fetcher;
  calls: Request[];
} {
  const calls: Request[] = [];
  const fetcher: Fetcher = async (request) => {
    calls.push(request);
    const next = responses[Math.min(calls.length - 1, responses.length - 1)];
    if (!next) throw new Error('no scripted response');
    return next();
  };
  return { fetcher, calls };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

async function errorOf(response: Response) {
  return ((await response.json()) as { error: Record<string, unknown> }).error;
}

describe('forwarding to a vendor', () => {
  it('passes a success through with the credentials it was given, and no upstream headers but the type', async () => {
    const { fetcher, calls } = scripted(
      json(200, { chats: [] }, { 'set-cookie': 'session=1', 'x-internal': 'y' }),
    );
    const response = await forward(vendor, target, options(fetcher));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ chats: [] });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-internal')).toBeNull();
    expect(calls[0]?.headers.get('authorization')).toBe('Basic abc');
  });

  it('retries a 429, waiting as long as Retry-After says', async () => {
    const sleep = vi.fn(async () => {});
    const { fetcher, calls } = scripted(json(429, {}, { 'retry-after': '2' }), json(200, { ok: 1 }));
    const response = await forward(vendor, target, options(fetcher, { sleep }));
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(sleep).toHaveBeenCalledWith(2000);
  });

  it('gives up on a 5xx after a bounded number of retries with a typed, retryable error', async () => {
    const { fetcher, calls } = scripted(json(503, { error: 'down' }));
    const response = await forward(
      vendor,
      target,
      options(fetcher, { limits: { ...limits, maxRetries: 3 } }),
    );
    expect(calls).toHaveLength(4);
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({
      vendor: 'livechat',
      code: 'upstream_error',
      upstreamStatus: 503,
      retryable: true,
    });
  });

  it('does not retry refused credentials, a 4xx or a 501, and says which settings to check', async () => {
    for (const status of [401, 400, 404, 501]) {
      const { fetcher, calls } = scripted(json(status, { error: 'no' }));
      const response = await forward(vendor, target, options(fetcher));
      expect(calls, String(status)).toHaveLength(1);
      if (status === 401) {
        const error = await errorOf(response);
        expect(error).toMatchObject({ code: 'auth', upstreamStatus: 401, retryable: false });
        expect(String(error.message)).toContain('LIVECHAT_API_KEY');
      }
    }
  });

  it('times out a hung vendor and reports it as retryable', async () => {
    const hung: Fetcher = (request) =>
      new Promise((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    const response = await forward(
      vendor,
      target,
      options(hung, { limits: { ...limits, attemptTimeoutMs: 50, maxRetries: 1 } }),
    );
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('fails fast when Retry-After asks for longer than Backscroll will wait', async () => {
    const sleep = vi.fn(async () => {});
    const { fetcher, calls } = scripted(json(429, {}, { 'retry-after': '3600' }));
    const response = await forward(vendor, target, options(fetcher, { sleep }));
    expect(calls).toHaveLength(1);
    expect(sleep).not.toHaveBeenCalled();
    expect(await errorOf(response)).toMatchObject({ code: 'rate_limited', retryable: true });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(
      10_000,
    );
    expect(retryAfterMs('soon')).toBeNull();
  });
});

describe('what passes from a vendor to the browser', () => {
  it('only JSON: an HTML page, JSON sent as text/html, and a body that does not parse become typed errors without their body', async () => {
    const page = '<html><body>Not found: /message/grabAgents/imbox-key-SECRET/4711</body></html>';
    for (const [body, type] of [
      [page, 'text/html'],
      ['{"chats":[]}', 'text/html'],
      ['alert(document.cookie)', 'application/javascript'],
      ['{"chats": [', 'application/json'],
    ] as const) {
      const { fetcher } = scripted(
        () => new Response(body, { status: 200, headers: { 'content-type': type } }),
      );
      const response = await forward(vendor, target, options(fetcher));
      const text = await response.text();
      expect(response.status, type).toBe(502);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(JSON.parse(text).error).toMatchObject({
        vendor: 'livechat',
        code: 'not_json',
        retryable: false,
      });
      expect(text).not.toContain('SECRET');
      expect(text).not.toContain('<html>');
    }
  });

  it('never passes on an answer that echoes the vendor credential, even as JSON', async () => {
    const { fetcher } = scripted(json(200, { error: 'bad request', url: '/chats?key=lc-key-SECRET' }));
    const response = await forward(vendor, target, options(fetcher));
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(text).not.toContain('SECRET');
    expect(JSON.parse(text).error.code).toBe('credential_echo');
  });

  it('refuses an answer over the size cap, declared or streamed, instead of passing it on', async () => {
    const big = JSON.stringify({ chats: ['x'.repeat(4096)] });
    const small = { ...limits, maxBytes: 1024 };
    const declared = scripted(json(200, JSON.parse(big)));
    const undeclared = scripted(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              for (let i = 0; i < 8; i++)
                controller.enqueue(new TextEncoder().encode('["' + 'y'.repeat(500) + '",'));
              controller.close();
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
    );
    for (const { fetcher, calls } of [declared, undeclared]) {
      const response = await forward(vendor, target, options(fetcher, { limits: small }));
      expect(response.status).toBe(502);
      expect(await errorOf(response)).toMatchObject({ code: 'too_large', retryable: false });
      expect(calls).toHaveLength(1);
    }
  });

  it('ends a call at its deadline, retries and waits included, with a timeout error', async () => {
    const hung: Fetcher = (request) =>
      new Promise((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    const started = Date.now();
    const response = await forward(
      vendor,
      target,
      options(hung, {
        limits: { ...limits, attemptTimeoutMs: 10_000, deadlineMs: 300, maxRetries: 5 },
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      }),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('never turns a body that stalls halfway into a truncated success', async () => {
    const stalls: Fetcher = async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"chats":[{"id":"1"},'));
            // ...and nothing more, ever.
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const response = await forward(
      vendor,
      target,
      options(stalls, { limits: { ...limits, attemptTimeoutMs: 100, deadlineMs: 400 } }),
    );
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toMatchObject({ code: 'timeout' });
  });
});

describe('retries across concurrent requests', () => {
  it('spends a bounded retry budget per vendor: 300 failing requests stay near 300 vendor calls', async () => {
    let calls = 0;
    const failing: Fetcher = async () => {
      calls++;
      return new Response('{}', { status: 503, headers: { 'content-type': 'application/json' } });
    };
    const budget = createRetryBudget();
    const responses = await Promise.all(
      Array.from({ length: 300 }, () => forward(vendor, target, options(failing, { budget }))),
    );
    expect(responses.every((response) => response.status === 502)).toBe(true);
    expect(calls).toBeLessThanOrEqual(310);
  });

  it('earns retries back once the vendor answers again', async () => {
    const budget = createRetryBudget();
    for (let i = 0; i < 10; i++) budget.failed();
    expect(budget.failed()).toBe(false);
    for (let i = 0; i < 20; i++) budget.succeeded();
    expect(budget.failed()).toBe(true);
  });
});
