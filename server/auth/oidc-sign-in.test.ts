import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCredentials } from '../../mocks/demo-config';
import { CookieBrowser } from '../../mocks/testing/cookie-browser';
import { startAuthTestServer, type AuthTestServer } from '../../mocks/testing/auth-test-server';
import { startTestProvider, type TestProvider } from '../../mocks/testing/oidc-test-provider';
import { newSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sealSession } from './session';

/**
 * The OpenID Connect sign-in end to end: a real provider (oidc-provider) and the whole Backscroll server,
 * each on its own loopback port, driven through every redirect with cookies kept as a browser keeps them.
 */
const SESSION_SECRET = 'a-test-session-secret-of-at-least-32-characters';
const SESSION = 'backscroll_session';
let backscroll: AuthTestServer;
let provider: TestProvider;

beforeAll(async () => {
  backscroll = await startAuthTestServer();
  provider = await startTestProvider({
    redirectUri: `${backscroll.origin}/auth/callback`,
    accounts: {
      lead: { email: 'Lead@Example.com', email_verified: true },
      colleague: { email: 'someone@team.example', email_verified: true },
      outsider: { email: 'outsider@elsewhere.example', email_verified: true },
      unverified: { email: 'lead2@example.com', email_verified: false },
    },
  });
  await backscroll.configure({
    BACKSCROLL_OIDC_ISSUER: provider.issuer,
    BACKSCROLL_OIDC_CLIENT_ID: provider.clientId,
    BACKSCROLL_OIDC_CLIENT_SECRET: provider.clientSecret,
    BACKSCROLL_PUBLIC_URL: backscroll.origin,
    BACKSCROLL_SESSION_SECRET: SESSION_SECRET,
    BACKSCROLL_ALLOWED_EMAILS: 'lead@example.com, lead2@example.com, @team.example',
    BACKSCROLL_ADMIN_EMAILS: 'lead@example.com',
  });
});

afterAll(async () => {
  await backscroll.close();
  await provider.close();
});

const api = (browser: CookieBrowser, path: string) =>
  browser.request(`${backscroll.origin}${path}`, { headers: { accept: 'application/json' } });

async function signIn(account: string, startPath = '/') {
  const browser = new CookieBrowser();
  provider.signInAs(account);
  const end = await browser.navigate(`${backscroll.origin}${startPath}`);
  return { browser, ...end };
}

describe('OpenID Connect sign-in', () => {
  it('answers the API 401 in the error shape, and sends a page navigation to the sign-in', async () => {
    const browser = new CookieBrowser();
    const vendors = await api(browser, '/api/vendors');
    expect(vendors.status).toBe(401);
    expect(await vendors.json()).toEqual({
      error: {
        vendor: null,
        code: 'unauthenticated',
        message: expect.any(String),
        upstreamStatus: null,
        retryable: false,
      },
    });
    const page = await browser.request(`${backscroll.origin}/conversations/livechat/1?q=x`, {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe(
      `/auth/login?returnTo=${encodeURIComponent('/conversations/livechat/1?q=x')}`,
    );
  });

  it('signs an allowed user in through the provider and back to where they were going', async () => {
    const { browser, url } = await signIn('lead', '/conversations/livechat/1?q=x');
    // The dance went through the provider (authorization, interaction) and back to the callback.
    expect(browser.visited.some((visited) => visited.startsWith(`${provider.issuer}/auth?`))).toBe(true);
    const authorize = new URL(browser.visited.find((v) => v.startsWith(`${provider.issuer}/auth?`)) ?? '');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${backscroll.origin}/auth/callback`);
    expect(url.href).toBe(`${backscroll.origin}/conversations/livechat/1?q=x`);

    const vendors = await api(browser, '/api/vendors');
    expect(vendors.status).toBe(200);
    expect(await vendors.json()).toMatchObject({ demo: true });
    const me = await api(browser, '/api/me');
    expect(await me.json()).toEqual({ email: 'lead@example.com', signOut: true });
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, with an expiry, and sealed (no e-mail in it)', async () => {
    const browser = new CookieBrowser();
    provider.signInAs('lead');
    const setCookies: string[] = [];
    const stopped = await browser.navigate(`${backscroll.origin}/auth/login`, {
      stopAt: (next) => next.pathname === '/auth/callback',
    });
    // navigate() stopped before requesting the callback: request it here to see its headers.
    const response = await browser.request(stopped.url.href, { headers: { accept: 'text/html' } });
    setCookies.push(...response.headers.getSetCookie());
    const session = setCookies.find((line) => line.startsWith(`${SESSION}=`)) ?? '';
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Max-Age=\d+/i);
    expect(session).not.toMatch(/Secure/i);
    expect(decodeURIComponent(session)).not.toContain('lead@example.com');
    expect(response.status).toBe(303);
  });

  it('refuses a signed-in account that is not allowed with a 403 page naming it, with a sign-out', async () => {
    const { browser, response } = await signIn('outsider');
    expect(response?.status).toBe(403);
    const page = await response?.text();
    expect(page).toContain('outsider@elsewhere.example');
    expect(page).toMatch(/<form method="post" action="\/auth\/logout">/);
    expect(browser.cookie(SESSION)).toBeUndefined();
    expect((await api(browser, '/api/vendors')).status).toBe(401);
    expect(backscroll.lines.join('\n')).toContain('outsider@elsewhere.example is not in');
  });

  it('lets in a whole allowed @domain, case-insensitively', async () => {
    const { browser } = await signIn('colleague');
    expect((await api(browser, '/api/vendors')).status).toBe(200);
  });

  it('refuses an e-mail the provider marks unverified, even when it is on the list', async () => {
    const { browser, response } = await signIn('unverified');
    expect(response?.status).toBe(403);
    expect(await response?.text()).toMatch(/not verified/);
    expect(browser.cookie(SESSION)).toBeUndefined();
    expect((await api(browser, '/api/vendors')).status).toBe(401);
  });

  it('refuses a callback whose state does not match the one it started with', async () => {
    const browser = new CookieBrowser();
    provider.signInAs('lead');
    const stopped = await browser.navigate(`${backscroll.origin}/auth/login`, {
      stopAt: (next) => next.pathname === '/auth/callback',
    });
    const forged = new URL(stopped.url);
    expect(forged.searchParams.get('code')).toBeTruthy();
    forged.searchParams.set('state', 'state-from-another-sign-in');
    const response = await browser.request(forged.href, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(400);
    expect(browser.cookie(SESSION)).toBeUndefined();
    expect((await api(browser, '/api/vendors')).status).toBe(401);
  });

  it('refuses a callback without the sign-in it belongs to (no login cookie)', async () => {
    const browser = new CookieBrowser();
    provider.signInAs('lead');
    const stopped = await browser.navigate(`${backscroll.origin}/auth/login`, {
      stopAt: (next) => next.pathname === '/auth/callback',
    });
    const stranger = new CookieBrowser();
    const response = await stranger.request(stopped.url.href, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(400);
    expect(stranger.cookie(SESSION)).toBeUndefined();
  });

  it('refuses a tampered session cookie, one sealed with another secret, and expired ones', async () => {
    const { browser } = await signIn('lead');
    const genuine = browser.cookie(SESSION) ?? '';
    expect((await api(browser, '/api/vendors')).status).toBe(200);

    const middle = Math.floor(genuine.length / 2);
    const flipped =
      genuine.slice(0, middle) + (genuine[middle] === 'A' ? 'B' : 'A') + genuine.slice(middle + 1);
    const now = Date.now();
    const forgeries = {
      tampered: flipped,
      otherSecret: await sealSession(newSession('lead@example.com', now), 'x'.repeat(40)),
      idle: await sealSession(
        {
          ...newSession('lead@example.com', now - SESSION_IDLE_MS - 60_000),
          lastSeenAt: now - SESSION_IDLE_MS - 60_000,
        },
        SESSION_SECRET,
      ),
      absolute: await sealSession(
        { ...newSession('lead@example.com', now - SESSION_ABSOLUTE_MS - 60_000), lastSeenAt: now - 1000 },
        SESSION_SECRET,
      ),
    };
    for (const [kind, value] of Object.entries(forgeries)) {
      browser.setCookie(SESSION, value, backscroll.origin);
      expect((await api(browser, '/api/vendors')).status, kind).toBe(401);
    }
    // The same construction with fresh times is accepted: the refusals above are about the expiry.
    browser.setCookie(
      SESSION,
      await sealSession(newSession('lead@example.com', now), SESSION_SECRET),
      backscroll.origin,
    );
    expect((await api(browser, '/api/vendors')).status).toBe(200);
  });

  it('signs out: the session cookie is cleared and the API answers 401 again', async () => {
    const { browser } = await signIn('lead');
    expect((await api(browser, '/api/vendors')).status).toBe(200);
    const response = await browser.request(`${backscroll.origin}/auth/logout`, { method: 'POST' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/auth/signed-out');
    expect(browser.cookie(SESSION)).toBeUndefined();
    expect((await api(browser, '/api/vendors')).status).toBe(401);
    expect((await browser.navigate(`${backscroll.origin}/auth/signed-out`)).response?.status).toBe(200);
  });

  it('records sign-ins, refused sign-ins and sign-outs in the audit trail, for the admins to read', async () => {
    await signIn('outsider');
    await signIn('unverified');
    const { browser: colleague } = await signIn('colleague');
    await colleague.request(`${backscroll.origin}/auth/logout`, { method: 'POST' });
    const { browser: lead } = await signIn('lead');
    const response = await api(lead, '/api/audit');
    expect(response.status).toBe(200);
    const { entries } = (await response.json()) as { entries: Array<{ user: string; action: string }> };
    const seen = entries.map((entry) => `${entry.action} ${entry.user}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'sign_in_refused outsider@elsewhere.example',
        'sign_in_refused lead2@example.com',
        'sign_in someone@team.example',
        'sign_out someone@team.example',
        'sign_in lead@example.com',
      ]),
    );
    // Not an admin: the trail is not theirs to read.
    const { browser: other } = await signIn('colleague');
    expect((await api(other, '/api/audit')).status).toBe(403);
  });

  it('never returns to another site after signing in', async () => {
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const browser = new CookieBrowser();
      provider.signInAs('lead');
      const { url } = await browser.navigate(
        `${backscroll.origin}/auth/login?returnTo=${encodeURIComponent(returnTo)}`,
      );
      expect(url.href, returnTo).toBe(`${backscroll.origin}/`);
    }
  });

  it('keeps the webhook on its own token and health open, without a session', async () => {
    const browser = new CookieBrowser();
    expect((await api(browser, '/api/health')).status).toBe(200);
    const hook = await fetch(`${backscroll.origin}/hooks/snapengage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer wrong` },
      body: '{}',
    });
    // Refused by the webhook's own token check, not by sign-in.
    expect(hook.status).toBe(401);
    expect(demoCredentials.snapengage.webhookToken).toBeTruthy();
  });
});
