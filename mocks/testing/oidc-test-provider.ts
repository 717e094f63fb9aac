import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';

/**
 * A real OpenID Provider (the certified `oidc-provider` package) on loopback, for the sign-in tests.
 * Its login is programmatic: whoever `signInAs` names is signed in at the provider's interaction step,
 * and consent is implied, so a test drives the real redirects, tokens and signatures end to end.
 * The ID token carries only `sub`; the e-mail comes from the userinfo endpoint, as with Okta or
 * Keycloak, so the client's userinfo path is exercised too.
 */
export type TestAccount = { email: string; email_verified: boolean };

export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account the next interaction signs in. */
  signInAs: (accountId: string) => void;
  close: () => Promise<void>;
};

export async function startTestProvider(options: {
  redirectUri: string;
  accounts: Record<string, TestAccount>;
}): Promise<TestProvider> {
  const clientId = 'backscroll-test';
  const clientSecret = 'test-client-secret-that-is-long-enough';
  let current: string | null = null;
  let provider: Provider | null = null;

  const server: Server = createServer((req, res) => {
    void (async () => {
      if (!provider) throw new Error('provider not ready');
      if (req.url?.startsWith('/interaction/')) {
        await provider.interactionDetails(req, res);
        if (!current) throw new Error('the test named no account to sign in');
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: current } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      await provider.callback()(req, res);
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(error instanceof Error ? error.message : 'error');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test provider is not listening');
  const issuer = `http://127.0.0.1:${address.port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, id) => {
      const account = options.accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...account }) };
    },
    // Consent is implied for the test client: every requested scope is granted.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    renderError: (ctx, out) => {
      ctx.type = 'text/plain';
      ctx.body = `provider error: ${String(out.error)}`;
    },
    cookies: { keys: ['oidc-test-provider-cookie-key'] },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), alg: 'RS256', use: 'sig', kid: 'test' }] },
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (accountId) => {
      current = accountId;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
