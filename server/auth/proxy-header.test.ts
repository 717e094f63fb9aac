import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthTestServer, type AuthTestServer } from '../../mocks/testing/auth-test-server';

/**
 * The signing-in reverse proxy method over real loopback sockets: the header is believed only when the
 * TCP peer is in BACKSCROLL_TRUSTED_PROXIES. The test's own connections come from 127.0.0.1 (and ::1),
 * so "untrusted" is a list that does not contain them.
 */
const HEADER = 'X-Forwarded-Email';
let server: AuthTestServer;

beforeAll(async () => {
  server = await startAuthTestServer();
});
afterAll(async () => {
  await server.close();
});

async function configure(trusted: string) {
  await server.configure({
    BACKSCROLL_AUTH_HEADER: HEADER,
    BACKSCROLL_TRUSTED_PROXIES: trusted,
    BACKSCROLL_ALLOWED_EMAILS: 'lead@example.com,@team.example',
  });
}

const get = (origin: string, path: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, { headers: { accept: 'application/json', ...headers }, redirect: 'manual' });

describe('sign-in by a trusted proxy header', () => {
  it('believes the header from a trusted address', async () => {
    await configure('127.0.0.1');
    const vendors = await get(server.origin, '/api/vendors', { [HEADER]: 'Lead@Example.com' });
    expect(vendors.status).toBe(200);
    const me = await get(server.origin, '/api/me', { [HEADER]: 'lead@example.com' });
    expect(await me.json()).toEqual({ email: 'lead@example.com', signOut: false });
  });

  it('believes it from a peer inside a trusted CIDR range', async () => {
    await configure('10.0.0.0/8, 127.0.0.0/8');
    expect((await get(server.origin, '/api/vendors', { [HEADER]: 'a@team.example' })).status).toBe(200);
  });

  it('ignores the header from an untrusted peer: 401, for the API and for pages', async () => {
    await configure('10.0.0.0/8, 192.168.1.7');
    const vendors = await get(server.origin, '/api/vendors', { [HEADER]: 'lead@example.com' });
    expect(vendors.status).toBe(401);
    expect(await vendors.json()).toMatchObject({ error: { code: 'unauthenticated', vendor: null } });
    const page = await get(server.origin, '/', { [HEADER]: 'lead@example.com', accept: 'text/html' });
    expect(page.status).toBe(401);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/not signed in/i);
    // A forwarded-for header naming a trusted address changes nothing: only the socket counts.
    const spoofed = await get(server.origin, '/api/vendors', {
      [HEADER]: 'lead@example.com',
      'x-forwarded-for': '10.1.2.3',
      'x-real-ip': '10.1.2.3',
    });
    expect(spoofed.status).toBe(401);
  });

  it('answers 401 to a trusted peer that sends no e-mail, or the header twice', async () => {
    await configure('127.0.0.1');
    expect((await get(server.origin, '/api/vendors')).status).toBe(401);
    const twice = new Headers({ accept: 'application/json' });
    twice.append(HEADER, 'outsider@elsewhere.example');
    twice.append(HEADER, 'lead@example.com');
    expect((await fetch(`${server.origin}/api/vendors`, { headers: twice })).status).toBe(401);
  });

  it('refuses a proxied account that is not allowed: 403 page naming it, 403 JSON for the API', async () => {
    await configure('127.0.0.1');
    const page = await get(server.origin, '/', {
      [HEADER]: 'outsider@elsewhere.example',
      accept: 'text/html',
    });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('outsider@elsewhere.example');
    const vendors = await get(server.origin, '/api/vendors', { [HEADER]: 'outsider@elsewhere.example' });
    expect(vendors.status).toBe(403);
    expect(await vendors.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('keeps /api/health open', async () => {
    await configure('10.0.0.0/8');
    expect((await get(server.origin, '/api/health')).status).toBe(200);
  });
});

const hasIpv6Loopback = Object.values(networkInterfaces())
  .flat()
  .some((entry) => entry?.address === '::1');

describe.skipIf(!hasIpv6Loopback)('over IPv6', () => {
  let v6: AuthTestServer;
  beforeAll(async () => {
    v6 = await startAuthTestServer('::1');
  });
  afterAll(async () => {
    await v6.close();
  });

  it('matches an IPv6 range, and does not confuse ::1 with 127.0.0.1', async () => {
    const env = { BACKSCROLL_AUTH_HEADER: HEADER, BACKSCROLL_ALLOWED_EMAILS: 'lead@example.com' };
    await v6.configure({ ...env, BACKSCROLL_TRUSTED_PROXIES: '::1/128' });
    expect((await get(v6.origin, '/api/vendors', { [HEADER]: 'lead@example.com' })).status).toBe(200);
    await v6.configure({ ...env, BACKSCROLL_TRUSTED_PROXIES: '127.0.0.0/8' });
    expect((await get(v6.origin, '/api/vendors', { [HEADER]: 'lead@example.com' })).status).toBe(401);
  });
});

describe('without sign-in on loopback', () => {
  it('serves this machine as before, but refuses what came through a reverse proxy', async () => {
    await server.configure({});
    expect((await get(server.origin, '/api/vendors')).status).toBe(200);
    expect(await (await get(server.origin, '/api/me')).json()).toEqual({ email: null, signOut: false });
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      const proxied = await get(server.origin, '/api/vendors', { [header]: 'for=203.0.113.9' });
      expect(proxied.status, header).toBe(403);
      expect(await proxied.json()).toMatchObject({ error: { code: 'sign_in_not_configured' } });
    }
    const page = await get(server.origin, '/', { accept: 'text/html', 'x-forwarded-for': '203.0.113.9' });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('no sign-in');
    expect((await get(server.origin, '/api/health', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(200);
  });
});
