import { Hono } from 'hono';
import { vendorIdSchema, vendorIds } from '../src/model/conversation';
import type { ServerConfig } from './config';
import type { Logger } from './log';
import { forward, type Fetcher } from './proxy/forward';
import { errorBody, jsonResponse } from './proxy/upstream-error';
import { accountFingerprint } from './vendors/account-fingerprint';
import { upstreamsFor, vendorLabels } from './vendors/registry';

export type AppDeps = {
  config: ServerConfig;
  fetcher: Fetcher;
  logger: Logger;
  /** The SnapEngage webhook inbox and its read endpoints (server/inbox), mounted before the proxy. */
  inbox?: Hono;
  /** Test seam for the retry delay. */
  sleep?: (ms: number) => Promise<void>;
};

/**
 * The thin proxy as one Hono app: mounted by Vite in development (server/vite-plugin.ts) and served by
 * server/main.ts in production beside the built SPA.
 */
export function createApp({ config, fetcher, logger, inbox, sleep }: AppDeps): Hono {
  const app = new Hono();
  const upstreams = upstreamsFor(config);

  app.get('/api/health', (c) => c.json({ ok: true }));

  app.get('/api/vendors', (c) => {
    c.header('cache-control', 'no-store');
    return c.json({
      demo: config.demo,
      vendors: vendorIds.map((id) => ({
        id,
        label: vendorLabels[id],
        mode: config.modes[id],
        capabilities: capabilitiesOf(config, id),
        // Which account the browser's stored history of this vendor belongs to (issue 9).
        account: accountFingerprint(config, id),
      })),
    });
  });

  if (inbox) app.route('/', inbox);

  app.get('/api/:vendor/:path{.+}', async (c) => {
    const vendor = vendorIdSchema.safeParse(c.req.param('vendor'));
    if (!vendor.success) {
      return jsonResponse(
        404,
        errorBody({ vendor: null, code: 'not_found', message: 'No such endpoint.', retryable: false }),
      );
    }
    const upstream = upstreams[vendor.data];
    if (!upstream) {
      return jsonResponse(
        503,
        errorBody({
          vendor: vendor.data,
          code: 'not_configured',
          message: `${vendorLabels[vendor.data]} is not configured on this server.`,
          retryable: false,
        }),
      );
    }
    const rawPath = new URL(c.req.url).pathname.slice(`/api/${vendor.data}/`.length);
    let path: string;
    try {
      path = rawPath.split('/').map(decodeURIComponent).join('/');
    } catch {
      return jsonResponse(
        400,
        errorBody({ vendor: vendor.data, code: 'bad_request', message: 'Malformed path.', retryable: false }),
      );
    }
    const resolved = upstream.resolve(path, new URL(c.req.url).searchParams);
    if (!resolved.ok) {
      const code = resolved.status === 404 ? 'not_found' : 'bad_request';
      return jsonResponse(
        resolved.status,
        errorBody({ vendor: vendor.data, code, message: resolved.message, retryable: false }),
      );
    }
    return forward(
      upstream,
      resolved.request,
      { fetcher, logger, timeoutMs: config.upstreamTimeoutMs, ...(sleep ? { sleep } : {}) },
      c.req.raw.signal,
    );
  });

  app.all('/api/*', () =>
    jsonResponse(
      404,
      errorBody({ vendor: null, code: 'not_found', message: 'No such endpoint.', retryable: false }),
    ),
  );

  app.onError((error, c) => {
    logger.warn(`[server] ${c.req.method} ${new URL(c.req.url).pathname} failed: ${error.message}`);
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

function capabilitiesOf(config: ServerConfig, vendor: (typeof vendorIds)[number]): string[] {
  if (vendor !== 'snapengage' || !config.snapengage) return [];
  const capabilities: string[] = [];
  if (config.snapengage.webhookToken) capabilities.push('inbox');
  if (config.snapengage.logs) capabilities.push('logs');
  return capabilities;
}
