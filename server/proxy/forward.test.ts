import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../log';
import type { UpstreamVendor } from '../vendors/upstream';
import { forward, retryAfterMs, type Fetcher } from './forward';

const vendor: UpstreamVendor = {
  id: 'livechat',
  label: 'LiveChat',
  credentialHint: 'LIVECHAT_LOGIN and LIVECHAT_API_KEY',
  resolve: () => ({ ok: false, status: 404, message: 'unused' }),
};
const target = { url: new URL('https://vendor.test/chats?page=1'), headers: { authorization: 'Basic abc' } };

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
    const response = await forward(vendor, target, { fetcher, logger: silentLogger, timeoutMs: 1000 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ chats: [] });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-internal')).toBeNull();
    expect(calls[0]?.headers.get('authorization')).toBe('Basic abc');
  });

  it('retries a 429, waiting as long as Retry-After says', async () => {
    const sleep = vi.fn(async () => {});
    const { fetcher, calls } = scripted(json(429, {}, { 'retry-after': '2' }), json(200, { ok: 1 }));
    const response = await forward(vendor, target, { fetcher, logger: silentLogger, timeoutMs: 1000, sleep });
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(sleep).toHaveBeenCalledWith(2000);
  });

  it('gives up on a 5xx after a bounded number of retries with a typed, retryable error', async () => {
    const sleep = vi.fn(async () => {});
    const { fetcher, calls } = scripted(json(503, { error: 'down' }));
    const response = await forward(vendor, target, {
      fetcher,
      logger: silentLogger,
      timeoutMs: 1000,
      sleep,
      maxRetries: 3,
    });
    expect(calls).toHaveLength(4);
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({
      vendor: 'livechat',
      code: 'upstream_error',
      upstreamStatus: 503,
      retryable: true,
    });
  });

  it('does not retry refused credentials and says which settings to check', async () => {
    const { fetcher, calls } = scripted(json(401, { error: 'Authorization failed' }));
    const response = await forward(vendor, target, { fetcher, logger: silentLogger, timeoutMs: 1000 });
    expect(calls).toHaveLength(1);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'auth', upstreamStatus: 401, retryable: false });
    expect(String(error.message)).toContain('LIVECHAT_API_KEY');
  });

  it('times out a hung vendor and reports it as retryable', async () => {
    const hung: Fetcher = (request) =>
      new Promise((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    const response = await forward(vendor, target, {
      fetcher: hung,
      logger: silentLogger,
      timeoutMs: 50,
      maxRetries: 1,
      sleep: async () => {},
    });
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('fails fast when Retry-After asks for longer than Backscroll will wait', async () => {
    const sleep = vi.fn(async () => {});
    const { fetcher, calls } = scripted(json(429, {}, { 'retry-after': '3600' }));
    const response = await forward(vendor, target, { fetcher, logger: silentLogger, timeoutMs: 1000, sleep });
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
