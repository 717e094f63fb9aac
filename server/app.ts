import { Hono } from 'hono';
import { vendorIds, type VendorId } from '../src/model/conversation';
import { vendorDescriptors } from '../src/model/vendor-descriptors';
import type { Auth } from './auth/auth';
import type { AuditEnv } from './audit/audit-routes';
import type { ServerConfig } from './config';
import { describeError, type Logger } from './log';
import type { Fetcher } from './proxy/forward';
import { createLoadLog } from './proxy/load-log';
import { errorBody, jsonResponse } from './proxy/upstream-error';
import { proxyRoutes } from './vendors/registry';
import { hostGuard } from './security/host-guard';
import { sameOriginGuard } from './security/same-origin';
import { accountFingerprint, fingerprintKey } from './vendors/account-fingerprint';

export type AppDeps = {
  config: ServerConfig;
  fetcher: Fetcher;
  logger: Logger;
  /** The SnapEngage webhook and our own store's read routes (server/inbox/inbox.ts). */
  inbox?: Hono;
  /** Sign-in (server/auth): its middleware runs before every route below, and its own routes. */
  auth?: Auth;
  /** The audit trail's routes (server/audit), `/api/audit`. */
  audit?: Hono<AuditEnv>;
  /** Test seam for the retry delay. */
  sleep?: (ms: number) => Promise<void>;
};

const notFound = () =>
  jsonResponse(
    404,
    errorBody({ vendor: null, code: 'not_found', message: 'No such endpoint.', retryable: false }),
  );

/**
 * The server as one Hono app: mounted inside Vite's dev server by server/dev-mount.ts (`npm run dev`) and
 * served beside the built SPA by server/main.ts (`npm start`). Its routes:
 * - `GET /api/health`, `GET /api/vendors`;
 * - `GET /api/proxy/{vendor}/...`: the vendor proxy, one declared route per forwarded endpoint
 *   (server/vendors/registry.ts);
 * - `GET /api/inbox/snapengage/cases[/:id]` and `POST /hooks/snapengage`: the SnapEngage inbox.
 */
export function createApp({ config, fetcher, logger, inbox, auth, audit, sleep }: AppDeps): Hono {
  const app = new Hono();

  // Before anything else: a foreign Host gets 421, a cross-site write 403 (server/security).
  app.use('*', hostGuard(config.security));
  app.use('*', sameOriginGuard(config.security));

  // Then sign-in: nothing registered after this answers without it. server/main.ts routes the whole
  // site (pages and assets too) through this app, so its middleware guards those as well.
  if (auth) {
    app.use('*', auth.middleware);
    app.route('/', auth.routes);
  }

  app.get('/api/health', (c) => c.json({ ok: true }));

  const fingerprints = fingerprintKey(config.dataDir);
  app.get('/api/vendors', (c) => {
    c.header('cache-control', 'no-store');
    return c.json({
      demo: config.demo,
      vendors: vendorIds.map((id) => ({
        id,
        label: vendorDescriptors[id].label,
        mode: config.modes[id],
        capabilities: capabilitiesOf(config, id),
        // Which account the browser's stored history of this vendor belongs to (issue 9).
        account: accountFingerprint(config, id, fingerprints),
      })),
    });
  });

  if (inbox) app.route('/', inbox);
  if (audit) app.route('/', audit);

  app.route(
    '/api/proxy',
    proxyRoutes(config, {
      fetcher,
      logger,
      limits: config.upstream,
      loadLog: createLoadLog({ logger, debug: config.logLevel === 'debug' }),
      ...(sleep ? { sleep } : {}),
    }),
  );

  app.all('/api/*', notFound);

  app.onError((error, c) => {
    // The stack goes through the logger too, so its redaction covers it (server/log.ts).
    logger.warn(`[server] ${c.req.method} ${new URL(c.req.url).pathname} failed: ${describeError(error)}`);
    return jsonResponse(
      500,
      errorBody({
        vendor: null,
        code: 'internal',
        message: 'Backscroll hit an internal error.',
        retryable: true,
      }),
    );
  });

  return app;
}

function capabilitiesOf(config: ServerConfig, vendor: VendorId): string[] {
  if (vendor !== 'snapengage' || !config.snapengage) return [];
  const capabilities: string[] = [];
  if (config.snapengage.webhookToken) capabilities.push('inbox');
  if (config.snapengage.logs) capabilities.push('logs');
  return capabilities;
}
