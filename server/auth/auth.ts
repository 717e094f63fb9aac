import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Logger } from '../log';
import { errorBody, jsonResponse } from '../proxy/upstream-error';
import { isAllowed, normalizeEmail } from './allowed-emails';
import type { AuthConfig } from './auth-config';
import {
  notAllowedPage,
  notSignedInPage,
  proxiedWithoutSignInPage,
  signedOutPage,
  signInFailedPage,
  unverifiedPage,
} from './auth-pages';
import { createOidcClient, type OidcClient } from './oidc-client';
import { peerAddressOf } from './peer-address';
import { safeReturnPath } from './return-path';
import { sealValue, unsealValue } from './sealed-cookie';
import {
  cookieMaxAgeSeconds,
  newSession,
  openSession,
  sealSession,
  SESSION_REFRESH_MS,
  type Session,
} from './session';
import { isTrustedPeer } from './trusted-proxies';
import type { SignedInUser } from './user-context';
import './user-context';
import { recordAudit, type AuditEventInput } from '../audit/record-audit';

export type AuthDeps = {
  logger: Logger;
  /** Test seam: the clock for session expiry. */
  now?: () => number;
  /** Test seam: the TCP peer of a request (defaults to @hono/node-server's connection info). */
  peerAddress?: (c: Context) => string | undefined;
};

export type Auth = {
  /** Sets `c.get('user')` and refuses whatever needs a session and has none. Runs before every route. */
  middleware: MiddlewareHandler;
  /** `/auth/login`, `/auth/callback`, `/auth/logout`, `/auth/signed-out` and `GET /api/me`. */
  routes: Hono;
};

/** Paths that never need a session: the webhook has its own token; health is for probes. */
function isOpenPath(path: string): boolean {
  return (
    path === '/api/health' ||
    path === '/hooks/snapengage' ||
    path === '/favicon.svg' ||
    path.startsWith('/auth/')
  );
}

function cameThroughProxy(c: Context): boolean {
  return ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'].some(
    (name) => c.req.header(name) !== undefined,
  );
}

function wantsPage(c: Context): boolean {
  const method = c.req.method;
  return (method === 'GET' || method === 'HEAD') && (c.req.header('accept') ?? '').includes('text/html');
}

const LOGIN_COOKIE_PATH = '/auth';
const LOGIN_TTL_MS = 10 * 60 * 1000;
const loginStateSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  codeVerifier: z.string().min(43),
  returnTo: z.string(),
});

export function createAuth(config: AuthConfig, deps: AuthDeps): Auth {
  const now = deps.now ?? Date.now;
  const peerAddress = deps.peerAddress ?? peerAddressOf;
  const secure = config.method === 'oidc' && config.oidc.publicUrl.startsWith('https:');
  // `__Host-` makes the browser refuse the cookie unless Secure, path=/ and host-only: no subdomain
  // can plant or overwrite it.
  const sessionCookie = secure ? '__Host-backscroll_session' : 'backscroll_session';
  const loginCookie = secure ? '__Secure-backscroll_login' : 'backscroll_login';
  const oidc: OidcClient | null = config.method === 'oidc' ? createOidcClient(config.oidc) : null;
  const canSignOut = config.method === 'oidc';
  const audit = auditWith(deps.logger);

  async function writeSession(c: Context, session: Session, secret: string) {
    setCookie(c, sessionCookie, await sealSession(session, secret), {
      path: '/',
      httpOnly: true,
      secure,
      sameSite: 'Lax',
      maxAge: cookieMaxAgeSeconds(session),
    });
  }

  function clearCookies(c: Context) {
    deleteCookie(c, sessionCookie, { path: '/', secure, httpOnly: true, sameSite: 'Lax' });
    deleteCookie(c, loginCookie, { path: LOGIN_COOKIE_PATH, secure, httpOnly: true, sameSite: 'Lax' });
  }

  /** Who this request comes from, by the configured method; null when nobody is signed in. */
  async function identify(c: Context): Promise<SignedInUser | null> {
    if (config.method === 'oidc') {
      const at = now();
      const session = await openSession(getCookie(c, sessionCookie), config.oidc.sessionSecret, at);
      if (!session) return null;
      if (at - session.lastSeenAt >= SESSION_REFRESH_MS)
        await writeSession(c, { ...session, lastSeenAt: at }, config.oidc.sessionSecret);
      return { email: session.email };
    }
    if (config.method === 'header') {
      if (!isTrustedPeer(peerAddress(c), config.trustedProxies)) return null;
      const value = c.req.header(config.header)?.trim();
      // A header sent twice arrives joined by a comma: ambiguous, so nobody.
      if (!value || value.includes(',') || !value.includes('@')) return null;
      return { email: normalizeEmail(value) };
    }
    return null;
  }

  const middleware: MiddlewareHandler = async (c, next) => {
    // Without sign-in Backscroll is for the one person on this machine. A request that came through a
    // reverse proxy (it says so in a forwarding header) is from somewhere else: refuse it rather than
    // serve every transcript to whoever reaches the proxy.
    if (config.method === 'off' && !isOpenPath(c.req.path) && cameThroughProxy(c)) {
      deps.logger.warn(
        `[auth] refused ${c.req.method} ${c.req.path}: it came through a proxy and no sign-in is configured`,
      );
      if (c.req.path.startsWith('/api/'))
        return jsonResponse(
          403,
          errorBody({
            vendor: null,
            code: 'sign_in_not_configured',
            message:
              'This Backscroll has no sign-in and was reached through a reverse proxy. Configure sign-in (see the README).',
            retryable: false,
          }),
        );
      return c.html(proxiedWithoutSignInPage(), 403, { 'cache-control': 'no-store' });
    }
    if (config.method === 'off' || config.method === 'none' || isOpenPath(c.req.path)) {
      c.set('user', null);
      return next();
    }
    const user = await identify(c);
    const api = c.req.path.startsWith('/api/');
    if (!user) {
      if (!api && wantsPage(c)) {
        if (config.method === 'oidc') {
          const url = new URL(c.req.url);
          const returnTo = safeReturnPath(`${url.pathname}${url.search}`);
          return c.redirect(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`, 302);
        }
        return c.html(notSignedInPage(), 401, { 'cache-control': 'no-store' });
      }
      return jsonResponse(
        401,
        errorBody({
          vendor: null,
          code: 'unauthenticated',
          message: 'Sign in to Backscroll to continue.',
          retryable: false,
        }),
      );
    }
    if (!isAllowed(user.email, config.allowed)) {
      if (!api && wantsPage(c))
        return c.html(notAllowedPage(user.email, canSignOut), 403, { 'cache-control': 'no-store' });
      return jsonResponse(
        403,
        errorBody({
          vendor: null,
          code: 'forbidden',
          message: `${user.email} may not use this Backscroll.`,
          retryable: false,
        }),
      );
    }
    c.set('user', user);
    return next();
  };

  const routes = new Hono();

  routes.get('/api/me', (c) => {
    const user = c.get('user');
    c.header('cache-control', 'no-store');
    return c.json({ email: user?.email ?? null, signOut: canSignOut && user !== null });
  });

  routes.get('/auth/login', async (c) => {
    const returnTo = safeReturnPath(c.req.query('returnTo'));
    if (!oidc || config.method !== 'oidc') return c.redirect(returnTo, 302);
    const secret = config.oidc.sessionSecret;
    const current = await openSession(getCookie(c, sessionCookie), secret, now());
    if (current && isAllowed(current.email, config.allowed)) return c.redirect(returnTo, 302);
    let start;
    try {
      start = await oidc.start();
    } catch (error) {
      deps.logger.warn(`[auth] could not reach the sign-in provider: ${describe(error)}`);
      return c.html(
        signInFailedPage('Backscroll could not reach the sign-in provider. Try again in a minute.'),
        502,
      );
    }
    const sealed = await sealValue(
      { state: start.state, nonce: start.nonce, codeVerifier: start.codeVerifier, returnTo },
      secret,
      LOGIN_TTL_MS,
    );
    setCookie(c, loginCookie, sealed, {
      path: LOGIN_COOKIE_PATH,
      httpOnly: true,
      secure,
      sameSite: 'Lax',
      maxAge: LOGIN_TTL_MS / 1000,
    });
    c.header('cache-control', 'no-store');
    return c.redirect(start.url.href, 302);
  });

  routes.get('/auth/callback', async (c) => {
    if (!oidc || config.method !== 'oidc') return c.redirect('/', 302);
    c.header('cache-control', 'no-store');
    const secret = config.oidc.sessionSecret;
    const login = await unsealValue(getCookie(c, loginCookie), secret, loginStateSchema);
    deleteCookie(c, loginCookie, { path: LOGIN_COOKIE_PATH, secure, httpOnly: true, sameSite: 'Lax' });
    if (!login) {
      return c.html(
        signInFailedPage(
          'The sign-in took too long or was started in another browser tab or window. Start it again.',
        ),
        400,
      );
    }
    const providerError = c.req.query('error');
    if (providerError) {
      deps.logger.info(`[auth] the provider refused a sign-in: ${providerError.slice(0, 100)}`);
      return c.html(signInFailedPage('Your sign-in provider did not sign you in.'), 400);
    }
    let identity;
    try {
      identity = await oidc.finish(new URL(c.req.url).search, login);
    } catch (error) {
      deps.logger.warn(`[auth] a sign-in callback was refused: ${describe(error)}`);
      return c.html(
        signInFailedPage('Backscroll could not confirm this sign-in with your provider. Start it again.'),
        400,
      );
    }
    if (!identity.email) {
      return c.html(
        signInFailedPage(
          'Your sign-in provider did not tell Backscroll your e-mail address. Ask whoever runs Backscroll to allow the "email" scope.',
        ),
        403,
      );
    }
    const email = normalizeEmail(identity.email);
    if (identity.emailVerified === false) {
      deps.logger.info(`[auth] refused a sign-in: ${email} is not verified by the provider`);
      audit({
        user: email,
        action: 'sign_in_refused',
        detail: { method: 'oidc', reason: 'e-mail not verified' },
      });
      return c.html(unverifiedPage(email), 403);
    }
    if (!isAllowed(email, config.allowed)) {
      deps.logger.info(`[auth] refused a sign-in: ${email} is not in BACKSCROLL_ALLOWED_EMAILS`);
      audit({ user: email, action: 'sign_in_refused', detail: { method: 'oidc', reason: 'not allowed' } });
      return c.html(notAllowedPage(email, true), 403);
    }
    // A sign-in the trail could not record does not happen: who entered must always be known.
    if (!audit({ user: email, action: 'sign_in', detail: { method: 'oidc' } })) {
      return c.html(
        signInFailedPage('Backscroll could not record this sign-in. Try again in a minute.'),
        500,
      );
    }
    await writeSession(c, newSession(email, now()), secret);
    deps.logger.info(`[auth] ${email} signed in`);
    return c.redirect(safeReturnPath(login.returnTo), 303);
  });

  routes.post('/auth/logout', async (c) => {
    const user = await identify(c);
    if (user) audit({ user: user.email, action: 'sign_out', detail: { method: config.method } });
    clearCookies(c);
    c.header('cache-control', 'no-store');
    return c.redirect('/auth/signed-out', 303);
  });

  routes.get('/auth/signed-out', (c) =>
    c.html(signedOutPage(canSignOut), 200, { 'cache-control': 'no-store' }),
  );

  routes.all('/auth/*', (c) =>
    c.html(signInFailedPage('There is no such sign-in page.'), 404, { 'cache-control': 'no-store' }),
  );

  return { middleware, routes };
}

/**
 * Appends a sign-in event to the audit trail (server/audit). False when it could not be stored; a trail
 * that is not open (a unit test of sign-in alone) counts as recorded.
 */
function auditWith(logger: AuthDeps['logger']) {
  return (event: AuditEventInput): boolean => {
    try {
      recordAudit(event);
      return true;
    } catch (error) {
      logger.warn(`[auth] could not record ${event.action} in the audit trail: ${describe(error)}`);
      return false;
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}
