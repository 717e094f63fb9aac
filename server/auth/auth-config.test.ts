import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackscroll } from '../bootstrap';
import { ConfigError, loadConfig } from '../config';
import { isAllowed, parseAllowedEmails } from './allowed-emails';
import { loadAuthConfig } from './auth-config';
import { safeReturnPath } from './return-path';

const oidc = {
  BACKSCROLL_OIDC_ISSUER: 'https://accounts.example.com',
  BACKSCROLL_OIDC_CLIENT_ID: 'client',
  BACKSCROLL_OIDC_CLIENT_SECRET: 'secret',
  BACKSCROLL_PUBLIC_URL: 'https://backscroll.example.com',
  BACKSCROLL_SESSION_SECRET: 's'.repeat(32),
  BACKSCROLL_ALLOWED_EMAILS: '@example.com',
};

function refusal(env: Record<string, string>): string {
  try {
    loadAuthConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('when Backscroll may start without sign-in', () => {
  it('stays open on loopback with no method, as before', () => {
    for (const HOST of ['127.0.0.1', '::1', '[::1]', 'localhost', '127.0.0.2'])
      expect(loadAuthConfig({ HOST }), HOST).toEqual({ method: 'off' });
    expect(loadAuthConfig({})).toEqual({ method: 'off' });
  });

  it('refuses any other address without a method, naming the settings', () => {
    for (const HOST of ['0.0.0.0', '::', '192.168.1.20', 'backscroll.internal']) {
      const message = refusal({ HOST });
      expect(message, HOST).toContain(`HOST=${HOST}`);
      for (const name of [
        'BACKSCROLL_OIDC_ISSUER',
        'BACKSCROLL_AUTH_HEADER',
        'BACKSCROLL_ALLOWED_EMAILS',
        'BACKSCROLL_AUTH=none',
      ])
        expect(message, name).toContain(name);
    }
  });

  it('refuses a public address in BACKSCROLL_PUBLIC_URL without a method, even on loopback', () => {
    expect(refusal({ BACKSCROLL_PUBLIC_URL: 'https://backscroll.example.com' })).toContain(
      'backscroll.example.com',
    );
    expect(loadAuthConfig({ BACKSCROLL_PUBLIC_URL: 'http://localhost:5173' })).toEqual({ method: 'off' });
  });

  it('runs open on a reachable address only when told BACKSCROLL_AUTH=none, and warns at start', async () => {
    expect(loadAuthConfig({ HOST: '0.0.0.0', BACKSCROLL_AUTH: 'none' })).toEqual({ method: 'none' });
    const dataDir = mkdtempSync(path.join(tmpdir(), 'backscroll-auth-none-'));
    const lines: string[] = [];
    const env = {
      HOST: '0.0.0.0',
      BACKSCROLL_AUTH: 'none',
      BACKSCROLL_DEMO: '1',
      BACKSCROLL_DEMO_SIZE: '8',
      BACKSCROLL_DATA_DIR: dataDir,
    };
    const backscroll = await startBackscroll(
      loadConfig(env),
      (line) => lines.push(line),
      undefined,
      loadAuthConfig(env),
    );
    backscroll.close();
    rmSync(dataDir, { recursive: true, force: true });
    expect(
      lines.filter((line) => line.startsWith('warning:') && line.includes('BACKSCROLL_AUTH=none')),
    ).toHaveLength(1);
    expect(refusal({ BACKSCROLL_AUTH: 'off' })).toMatch(/BACKSCROLL_AUTH/);
  });

  it('refuses a reachable address at `npm start` before serving anything', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { PATH: process.env.PATH, HOST: '0.0.0.0', PORT: '0', BACKSCROLL_DEMO: '1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('HOST=0.0.0.0');
    expect(result.stderr).toContain('BACKSCROLL_AUTH=none');
  }, 60_000);
});

describe('sign-in settings', () => {
  it('accepts a complete OpenID Connect configuration', () => {
    const config = loadAuthConfig({ ...oidc, HOST: '0.0.0.0' });
    expect(config.method).toBe('oidc');
  });

  it('names every missing OpenID Connect setting of a half configuration', () => {
    const message = refusal({
      BACKSCROLL_OIDC_ISSUER: oidc.BACKSCROLL_OIDC_ISSUER,
      BACKSCROLL_ALLOWED_EMAILS: 'a@b.co',
    });
    expect(message).toContain('BACKSCROLL_OIDC_CLIENT_ID');
    expect(message).toContain('BACKSCROLL_OIDC_CLIENT_SECRET');
    expect(message).toContain('BACKSCROLL_PUBLIC_URL');
    expect(message).toContain('BACKSCROLL_SESSION_SECRET');
    expect(message).not.toContain('BACKSCROLL_OIDC_ISSUER,');
  });

  it('requires BACKSCROLL_ALLOWED_EMAILS with either method', () => {
    const { BACKSCROLL_ALLOWED_EMAILS: _, ...withoutList } = oidc;
    expect(refusal(withoutList)).toContain('BACKSCROLL_ALLOWED_EMAILS');
    expect(refusal({ BACKSCROLL_AUTH_HEADER: 'X-Email', BACKSCROLL_TRUSTED_PROXIES: '10.0.0.1' })).toContain(
      'BACKSCROLL_ALLOWED_EMAILS',
    );
    expect(refusal({ ...oidc, BACKSCROLL_ALLOWED_EMAILS: 'not-an-address' })).toContain('not-an-address');
  });

  it('requires a session secret of at least 32 characters', () => {
    expect(refusal({ ...oidc, BACKSCROLL_SESSION_SECRET: 'short' })).toMatch(/at least 32 characters/);
  });

  it('refuses a header without trusted proxies, and unparseable ranges', () => {
    const base = { BACKSCROLL_ALLOWED_EMAILS: '@example.com' };
    expect(refusal({ ...base, BACKSCROLL_AUTH_HEADER: 'X-Email' })).toContain('BACKSCROLL_TRUSTED_PROXIES');
    expect(
      refusal({ ...base, BACKSCROLL_AUTH_HEADER: 'X-Email', BACKSCROLL_TRUSTED_PROXIES: '10.0.0.0/33' }),
    ).toContain('10.0.0.0/33');
  });

  it('refuses two methods at once, or a method with BACKSCROLL_AUTH=none', () => {
    const header = { BACKSCROLL_AUTH_HEADER: 'X-Email', BACKSCROLL_TRUSTED_PROXIES: '10.0.0.1' };
    expect(refusal({ ...oidc, ...header })).toMatch(/one sign-in method/);
    expect(refusal({ ...oidc, BACKSCROLL_AUTH: 'none' })).toMatch(/BACKSCROLL_AUTH=none/);
  });
});

describe('who may enter', () => {
  const allowed = parseAllowedEmails('Lead@Example.com, @Team.example');
  if ('error' in allowed) throw new Error(allowed.error);

  it('matches whole addresses and whole domains, ignoring case', () => {
    expect(isAllowed('lead@example.com', allowed)).toBe(true);
    expect(isAllowed('LEAD@EXAMPLE.COM', allowed)).toBe(true);
    expect(isAllowed('anyone@team.example', allowed)).toBe(true);
    expect(isAllowed('other@example.com', allowed)).toBe(false);
    expect(isAllowed('x@evil-team.example', allowed)).toBe(false);
    expect(isAllowed('x@sub.team.example', allowed)).toBe(false);
    expect(isAllowed('lead@example.com.evil', allowed)).toBe(false);
  });
});

describe('the path to return to after signing in', () => {
  it('keeps same-site paths and drops everything else', () => {
    expect(safeReturnPath('/conversations/imbox/7?q=a#x')).toBe('/conversations/imbox/7?q=a#x');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      'evil',
      '/\tx',
      '/auth/login',
      undefined,
    ])
      expect(safeReturnPath(bad), String(bad)).toBe('/');
  });
});
