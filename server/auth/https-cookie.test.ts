import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../log';
import { createAuth } from './auth';
import { loadAuthConfig } from './auth-config';
import { newSession, SESSION_REFRESH_MS, sealSession } from './session';

/** Over https the session cookie is Secure and `__Host-` prefixed; the session slides with use. */
const secret = 'an-https-session-secret-of-at-least-32-chars';
const env = {
  BACKSCROLL_OIDC_ISSUER: 'https://accounts.example.com',
  BACKSCROLL_OIDC_CLIENT_ID: 'client',
  BACKSCROLL_OIDC_CLIENT_SECRET: 'client-secret',
  BACKSCROLL_PUBLIC_URL: 'https://backscroll.example.com',
  BACKSCROLL_SESSION_SECRET: secret,
  BACKSCROLL_ALLOWED_EMAILS: 'lead@example.com',
};

function app(now: () => number) {
  const auth = createAuth(loadAuthConfig(env), { logger: silentLogger, now });
  const site = new Hono();
  site.use('*', auth.middleware);
  site.route('/', auth.routes);
  return site;
}

describe('the session cookie over https', () => {
  it('is read under its __Host- name and re-sealed, Secure, once it has been idle a while', async () => {
    const start = Date.now();
    const cookie = await sealSession(newSession('lead@example.com', start), secret);
    const later = start + SESSION_REFRESH_MS + 1000;
    const response = await app(() => later).request('/api/me', {
      headers: { cookie: `__Host-backscroll_session=${cookie}` },
    });
    expect(await response.json()).toEqual({ email: 'lead@example.com', signOut: true });
    const refreshed = response.headers.getSetCookie().join('\n');
    expect(refreshed).toMatch(/^__Host-backscroll_session=/);
    expect(refreshed).toMatch(/; Secure/);
    expect(refreshed).toMatch(/; HttpOnly/);
    expect(refreshed).toMatch(/; SameSite=Lax/);
  });

  it('is not accepted under the plain http name when the public URL is https', async () => {
    const cookie = await sealSession(newSession('lead@example.com', Date.now()), secret);
    const response = await app(Date.now).request('/api/me', {
      headers: { cookie: `backscroll_session=${cookie}` },
    });
    expect(response.status).toBe(401);
  });

  it('is cleared, Secure, by sign-out', async () => {
    const response = await app(Date.now).request('/auth/logout', { method: 'POST' });
    expect(response.status).toBe(303);
    const cleared = response.headers
      .getSetCookie()
      .find((line) => line.startsWith('__Host-backscroll_session='));
    expect(cleared).toMatch(/Max-Age=0/);
    expect(cleared).toMatch(/; Secure/);
  });
});
