import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createInbox } from '../inbox/inbox';
import { silentLogger } from '../log';
import { isHostAllowed, isLoopbackHostname, parseHost } from './host-rules';
import { loadSecurityConfig } from './security-config';

const TOKEN = 'webhook-secret-42';

let dataDir: string;
const opened: Array<{ close: () => void }> = [];

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'backscroll-hosts-'));
});

afterAll(() => {
  for (const item of opened) item.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The whole app with a SnapEngage inbox holding one case, under the given environment. */
async function setup(env: Record<string, string> = {}) {
  const config = loadConfig({
    SNAPENGAGE_WEBHOOK_TOKEN: TOKEN,
    BACKSCROLL_DATA_DIR: path.join(dataDir, String(opened.length)),
    ...env,
  });
  const inbox = createInbox({ config, logger: silentLogger });
  opened.push(inbox);
  const app = createApp({
    config,
    fetcher: () => Promise.reject(new Error('no network in tests')),
    logger: silentLogger,
    inbox: inbox.routes,
  });
  const delivered = await deliver(app, 'localhost');
  expect(delivered.status).toBe(200);
  return app;
}

function deliver(app: ReturnType<typeof createApp>, host: string) {
  return app.request('/hooks/snapengage', {
    method: 'POST',
    headers: { host, Authentication: TOKEN, 'content-type': 'application/json' },
    body: JSON.stringify({ id: `case-${host}`, created_at_seconds: 1_700_000_000, type: 'chat' }),
  });
}

// The store's path today; another change renames it. The check must not care about paths at all.
const CASES = '/api/inbox/snapengage/cases';

describe('the Host check', () => {
  it('refuses a foreign Host with 421 and no data, on every path', async () => {
    const app = await setup();
    for (const target of [CASES, '/api/vendors', '/api/health', '/api/nowhere', '/']) {
      const response = await app.request(target, { headers: { host: 'evil.example' } });
      expect(response.status, target).toBe(421);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(text).toMatch(/does not answer for that host name/);
      expect(text).not.toMatch(/case-/);
    }
    const rebound = await app.request(CASES, { headers: { host: 'evil.example:5173' } });
    expect(rebound.status).toBe(421);
  });

  it('serves loopback names on any port', async () => {
    const app = await setup();
    for (const host of [
      'localhost',
      'localhost:5173',
      '127.0.0.1:5173',
      '127.8.9.10',
      '[::1]:4000',
      '[::1]',
      'LOCALHOST:1',
    ]) {
      const response = await app.request(CASES, { headers: { host } });
      expect(response.status, host).toBe(200);
      expect(await response.text()).toContain('case-localhost');
    }
  });

  it('serves the public URL host and the allowed hosts, and nothing near them', async () => {
    const app = await setup({
      BACKSCROLL_PUBLIC_URL: 'https://backscroll.team.example',
      BACKSCROLL_ALLOWED_HOSTS: ' intranet.example , alt.example:8443',
    });
    for (const host of ['backscroll.team.example', 'backscroll.team.example:443', 'intranet.example:80']) {
      expect((await app.request(CASES, { headers: { host } })).status, host).toBe(200);
    }
    expect((await app.request(CASES, { headers: { host: 'alt.example:8443' } })).status).toBe(200);
    for (const host of [
      'alt.example:9000',
      'evil.backscroll.team.example',
      'backscroll.team.example.evil.example',
      'team.example',
      'intranet.example.',
      'localhost.evil.example',
      '127.0.0.1.evil.example',
      'user@localhost',
      '',
    ]) {
      expect((await app.request(CASES, { headers: { host } })).status, host).toBe(421);
    }
  });

  it('holds for the webhook: SnapEngage posts to the public host, nobody else is heard', async () => {
    const app = await setup({ BACKSCROLL_PUBLIC_URL: 'https://backscroll.team.example' });
    expect((await deliver(app, 'backscroll.team.example')).status).toBe(200);
    const foreign = await deliver(app, 'evil.example');
    expect(foreign.status).toBe(421);
    const listed = await (await app.request(CASES)).text();
    expect(listed).toContain('case-backscroll.team.example');
    expect(listed).not.toContain('case-evil.example');
  });
});

describe('host names', () => {
  it('reads loopback in the forms a browser resolves to it', () => {
    for (const name of ['localhost', '127.0.0.1', '127.255.0.3', '[::1]']) {
      expect(isLoopbackHostname(name), name).toBe(true);
    }
    expect(parseHost('127.1')?.hostname).toBe('127.0.0.1');
    expect(parseHost('[0:0::1]:80')).toEqual({ hostname: '[::1]', port: 80 });
    expect(isHostAllowed('[::ffff:127.0.0.1]', [])).toBe(true);
    for (const name of ['128.0.0.1', '[::2]', 'localhost.example', '10.0.0.1']) {
      expect(isHostAllowed(name, []), name).toBe(false);
    }
  });

  it('names a malformed BACKSCROLL_ALLOWED_HOSTS entry', () => {
    const result = loadSecurityConfig({ BACKSCROLL_ALLOWED_HOSTS: 'good.example, bad/host' });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/BACKSCROLL_ALLOWED_HOSTS.*bad\/host/s),
    });
    expect(() => loadConfig({ BACKSCROLL_PUBLIC_URL: 'not a url' })).toThrow(/BACKSCROLL_PUBLIC_URL/);
  });

  it('serves the address it was told to listen on, but a wildcard names no host', () => {
    const bound = loadSecurityConfig({ HOST: '192.168.1.5' });
    expect(bound.ok && isHostAllowed('192.168.1.5:5173', bound.config.hostRules)).toBe(true);
    const wildcard = loadSecurityConfig({ HOST: '0.0.0.0' });
    expect(wildcard.ok && isHostAllowed('0.0.0.0:5173', wildcard.config.hostRules)).toBe(false);
  });
});
