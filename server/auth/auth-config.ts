import { z } from 'zod';
import { ConfigError } from '../config';
import { parseAllowedEmails, type AllowedEmails } from './allowed-emails';
import { isLoopbackHost, parseTrustedProxies, type TrustedProxies } from './trusted-proxies';

/**
 * Who may use this Backscroll, parsed from the environment with zod. Three outcomes:
 * - `off`: no sign-in, allowed only when the server listens on loopback (one person, their own machine);
 * - `none`: no sign-in on a reachable address, only when asked for with BACKSCROLL_AUTH=none (warned about);
 * - `oidc` or `header`: a sign-in method plus BACKSCROLL_ALLOWED_EMAILS.
 * Anything half-done stops the start with a message naming the settings, never a silently open server.
 */
export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The address people open, without a trailing slash; the redirect URI is `{publicUrl}/auth/callback`. */
  publicUrl: string;
  sessionSecret: string;
};

export type AuthConfig =
  | { method: 'off' }
  | { method: 'none' }
  | { method: 'oidc'; oidc: OidcSettings; allowed: AllowedEmails }
  | { method: 'header'; header: string; trustedProxies: TrustedProxies; allowed: AllowedEmails };

const text = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const authEnvSchema = z.object({
  BACKSCROLL_AUTH: text.pipe(z.enum(['none']).optional()),
  BACKSCROLL_OIDC_ISSUER: text,
  BACKSCROLL_OIDC_CLIENT_ID: text,
  BACKSCROLL_OIDC_CLIENT_SECRET: text,
  BACKSCROLL_PUBLIC_URL: text,
  BACKSCROLL_SESSION_SECRET: text,
  BACKSCROLL_AUTH_HEADER: text,
  BACKSCROLL_TRUSTED_PROXIES: text,
  BACKSCROLL_ALLOWED_EMAILS: text,
  HOST: text.transform((value) => value ?? '127.0.0.1'),
});

export const MIN_SESSION_SECRET_LENGTH = 32;
const headerNamePattern = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;

const oidcNames = [
  'BACKSCROLL_OIDC_ISSUER',
  'BACKSCROLL_OIDC_CLIENT_ID',
  'BACKSCROLL_OIDC_CLIENT_SECRET',
  'BACKSCROLL_PUBLIC_URL',
  'BACKSCROLL_SESSION_SECRET',
] as const;

const howToConfigure =
  'Configure a sign-in method (OpenID Connect: BACKSCROLL_OIDC_ISSUER, BACKSCROLL_OIDC_CLIENT_ID, ' +
  'BACKSCROLL_OIDC_CLIENT_SECRET, BACKSCROLL_PUBLIC_URL, BACKSCROLL_SESSION_SECRET; or a signing-in ' +
  'reverse proxy: BACKSCROLL_AUTH_HEADER, BACKSCROLL_TRUSTED_PROXIES) together with ' +
  'BACKSCROLL_ALLOWED_EMAILS. See "Deploying for a team" in the README.';

function httpUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a URL: "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(`${name} must be an http(s) URL.`);
  return url;
}

function hostOf(value: string): string {
  try {
    return new URL(value).hostname;
  } catch {
    throw new ConfigError(`BACKSCROLL_PUBLIC_URL is not a URL: "${value}".`);
  }
}

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const parsed = authEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid sign-in configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;

  // BACKSCROLL_PUBLIC_URL and BACKSCROLL_SESSION_SECRET alone do not start OIDC: the public URL also
  // names the allowed Host for any method. Any of the three OIDC-only settings does.
  const oidcStarted = Boolean(
    e.BACKSCROLL_OIDC_ISSUER || e.BACKSCROLL_OIDC_CLIENT_ID || e.BACKSCROLL_OIDC_CLIENT_SECRET,
  );
  const headerStarted = Boolean(e.BACKSCROLL_AUTH_HEADER || e.BACKSCROLL_TRUSTED_PROXIES);

  if (e.BACKSCROLL_AUTH === 'none') {
    if (oidcStarted || headerStarted)
      throw new ConfigError(
        'BACKSCROLL_AUTH=none turns sign-in off, but a sign-in method is configured too. Remove one.',
      );
    return { method: 'none' };
  }
  if (oidcStarted && headerStarted)
    throw new ConfigError(
      'Both OpenID Connect (BACKSCROLL_OIDC_*) and a sign-in header (BACKSCROLL_AUTH_HEADER) are configured. Configure one sign-in method.',
    );

  if (!oidcStarted && !headerStarted) {
    if (e.BACKSCROLL_ALLOWED_EMAILS)
      throw new ConfigError(`BACKSCROLL_ALLOWED_EMAILS is set but no sign-in method is. ${howToConfigure}`);
    const publicHost = e.BACKSCROLL_PUBLIC_URL ? hostOf(e.BACKSCROLL_PUBLIC_URL) : null;
    if (publicHost && !isLoopbackHost(publicHost))
      throw new ConfigError(
        `BACKSCROLL_PUBLIC_URL says people open Backscroll at ${publicHost}, and no sign-in is configured. ` +
          `${howToConfigure} To run it open anyway, set BACKSCROLL_AUTH=none.`,
      );
    if (isLoopbackHost(e.HOST)) return { method: 'off' };
    throw new ConfigError(
      `HOST=${e.HOST} makes Backscroll reachable from other machines, and no sign-in is configured. ` +
        `${howToConfigure} To run it open anyway, set BACKSCROLL_AUTH=none.`,
    );
  }

  if (!e.BACKSCROLL_ALLOWED_EMAILS)
    throw new ConfigError(
      'Set BACKSCROLL_ALLOWED_EMAILS (comma-separated addresses and @domain entries): a sign-in method needs a list of who may enter.',
    );
  const allowed = parseAllowedEmails(e.BACKSCROLL_ALLOWED_EMAILS);
  if ('error' in allowed) throw new ConfigError(`BACKSCROLL_ALLOWED_EMAILS ${allowed.error}.`);

  if (headerStarted) {
    if (!e.BACKSCROLL_AUTH_HEADER || !e.BACKSCROLL_TRUSTED_PROXIES)
      throw new ConfigError(
        `Set both BACKSCROLL_AUTH_HEADER and BACKSCROLL_TRUSTED_PROXIES (missing: ${
          e.BACKSCROLL_AUTH_HEADER ? 'BACKSCROLL_TRUSTED_PROXIES' : 'BACKSCROLL_AUTH_HEADER'
        }).`,
      );
    if (!headerNamePattern.test(e.BACKSCROLL_AUTH_HEADER))
      throw new ConfigError(
        `BACKSCROLL_AUTH_HEADER is not a valid header name: "${e.BACKSCROLL_AUTH_HEADER}".`,
      );
    const trustedProxies = parseTrustedProxies(e.BACKSCROLL_TRUSTED_PROXIES);
    if ('error' in trustedProxies)
      throw new ConfigError(`BACKSCROLL_TRUSTED_PROXIES ${trustedProxies.error}.`);
    return {
      method: 'header',
      header: e.BACKSCROLL_AUTH_HEADER.toLowerCase(),
      trustedProxies,
      allowed,
    };
  }

  const missing = oidcNames.filter((name) => !e[name]);
  if (missing.length > 0)
    throw new ConfigError(`OpenID Connect sign-in is half-configured: set ${missing.join(', ')}.`);
  const issuer = e.BACKSCROLL_OIDC_ISSUER ?? '';
  const publicUrl = e.BACKSCROLL_PUBLIC_URL ?? '';
  const sessionSecret = e.BACKSCROLL_SESSION_SECRET ?? '';
  httpUrl('BACKSCROLL_OIDC_ISSUER', issuer);
  const publicParsed = httpUrl('BACKSCROLL_PUBLIC_URL', publicUrl);
  if (publicParsed.pathname !== '/' || publicParsed.search || publicParsed.hash)
    throw new ConfigError(
      `BACKSCROLL_PUBLIC_URL must be an origin such as https://backscroll.example.com (Backscroll is served at the root of its address), not "${publicUrl}".`,
    );
  if (sessionSecret.length < MIN_SESSION_SECRET_LENGTH)
    throw new ConfigError(
      `BACKSCROLL_SESSION_SECRET must be at least ${MIN_SESSION_SECRET_LENGTH} characters (it has ${sessionSecret.length}). Generate one with: openssl rand -base64 48`,
    );
  return {
    method: 'oidc',
    oidc: {
      issuer,
      clientId: e.BACKSCROLL_OIDC_CLIENT_ID ?? '',
      clientSecret: e.BACKSCROLL_OIDC_CLIENT_SECRET ?? '',
      publicUrl: publicParsed.origin,
      sessionSecret,
    },
    allowed,
  };
}

/** The sign-in secrets, for the log redaction list (beside the vendors' secrets). */
export function authSecretsOf(auth: AuthConfig): string[] {
  return auth.method === 'oidc' ? [auth.oidc.clientSecret, auth.oidc.sessionSecret] : [];
}

/** One line for the start banner; BACKSCROLL_AUTH=none is a warning at every start. */
export function describeAuth(auth: AuthConfig): { level: 'info' | 'warn'; line: string } {
  switch (auth.method) {
    case 'off':
      return { level: 'info', line: 'sign-in: off (listening on loopback only)' };
    case 'none':
      return {
        level: 'warn',
        line: 'BACKSCROLL_AUTH=none: sign-in is OFF on a reachable address. Anyone who can reach this server can read every transcript and use the vendor credentials.',
      };
    case 'oidc':
      return { level: 'info', line: `sign-in: OpenID Connect (${auth.oidc.issuer})` };
    case 'header':
      return { level: 'info', line: `sign-in: the ${auth.header} header from trusted proxies` };
  }
}
