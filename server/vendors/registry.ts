import { Hono } from 'hono';
import type { ServerConfig } from '../config';
import type { ProxyDeps } from '../proxy/vendor-proxy';
import { imboxRoutes } from './imbox';
import { liveChatRoutes } from './livechat';
import { snapEngageLogsRoutes } from './snapengage-logs';
import { socialIntentsRoutes } from './socialintents';

/**
 * The vendor proxy, mounted at `/api/proxy`: one declared route per vendor endpoint Backscroll forwards,
 * each with a validator for its parameters. This table is the allowlist: a path not declared here is
 * 404, a parameter a route does not name is 400. A vendor that is off on this server keeps its routes
 * and answers them with a typed 503.
 */
export function proxyRoutes(config: ServerConfig, deps: ProxyDeps): Hono {
  return new Hono()
    .route('/socialintents', socialIntentsRoutes(config.socialintents, deps))
    .route('/livechat', liveChatRoutes(config.livechat, deps))
    .route('/imbox', imboxRoutes(config.imbox, deps))
    .route('/snapengage', snapEngageLogsRoutes(config.snapengage?.logs ?? null, deps));
}
