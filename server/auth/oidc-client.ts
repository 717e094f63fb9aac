import * as client from 'openid-client';
import type { OidcSettings } from './auth-config';
import { isLoopbackHost } from './trusted-proxies';

/**
 * The OpenID Connect relying party, through openid-client (certified, maintained by the author of the
 * `jose` library): discovery from the issuer, authorization code + PKCE (S256) + state + nonce, ID token
 * validation, and the userinfo endpoint when the ID token carries no e-mail (Okta, Keycloak and
 * oidc-provider put scope claims only there).
 */
export type LoginStart = { url: URL; state: string; nonce: string; codeVerifier: string };
export type LoginChecks = { state: string; nonce: string; codeVerifier: string };
export type SignedInIdentity = { email: string | null; emailVerified: boolean | null };

export const OIDC_SCOPE = 'openid email profile';

export function redirectUri(settings: OidcSettings): string {
  return `${settings.publicUrl}/auth/callback`;
}

export function createOidcClient(settings: OidcSettings) {
  let discovered: Promise<client.Configuration> | null = null;

  /** Discovery once, lazily: a provider that is briefly down at start must not keep Backscroll down. */
  function configuration(): Promise<client.Configuration> {
    if (!discovered) {
      const issuer = new URL(settings.issuer);
      // Plain http is accepted only for an issuer on this machine (a local test provider or Keycloak).
      const insecure = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
      discovered = client
        .discovery(
          issuer,
          settings.clientId,
          undefined,
          // RFC 6749 §2.3.1: every provider must accept HTTP Basic; it is the registration default.
          client.ClientSecretBasic(settings.clientSecret),
          insecure ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          discovered = null;
          throw error;
        });
    }
    return discovered;
  }

  async function start(): Promise<LoginStart> {
    const config = await configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri(settings),
      scope: OIDC_SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Exchanges the code (checking state, nonce and PKCE) and reads the e-mail the provider vouches for. */
  async function finish(callbackSearch: string, checks: LoginChecks): Promise<SignedInIdentity> {
    const config = await configuration();
    // The URL as the provider redirected to it, whatever address the reverse proxy forwarded to us.
    const currentUrl = new URL(`${redirectUri(settings)}${callbackSearch}`);
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider returned no ID token');
    let email = typeof claims.email === 'string' ? claims.email : null;
    let verified: unknown = claims.email_verified;
    if (!email) {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = typeof info.email === 'string' ? info.email : null;
      verified = info.email_verified;
    }
    return { email, emailVerified: readVerified(verified) };
  }

  return { start, finish };
}

/** `email_verified` is a boolean by the spec; a few providers send the string. Absent stays unknown. */
function readVerified(value: unknown): boolean | null {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return null;
}

export type OidcClient = ReturnType<typeof createOidcClient>;
