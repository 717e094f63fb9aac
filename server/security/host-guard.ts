import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { isHostAllowed } from './host-rules';
import type { SecurityConfig } from './security-config';

/**
 * Refuses a request whose `Host` this server does not answer for, before any route runs (so it holds for
 * every path: the API, the webhook, the static files). 421 Misdirected Request says "not this server"; the
 * body is a short plain sentence and carries no data.
 */
export const MISDIRECTED_MESSAGE =
  'Misdirected request: this Backscroll does not answer for that host name. Open it at its own address.\n';

export function hostGuard(config: SecurityConfig): MiddlewareHandler {
  return async (c, next) => {
    // Node's server builds the URL from the Host header; an in-process request may carry none.
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!isHostAllowed(host, config.hostRules)) return misdirected();
    return next();
  };
}

function misdirected(): Response {
  return new Response(MISDIRECTED_MESSAGE, {
    status: 421,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** The same check for Vite's dev server (connect middleware), ahead of every page, module and API call. */
export function nodeHostGuard(
  config: SecurityConfig,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    if (isHostAllowed(req.headers.host ?? '', config.hostRules)) {
      next();
      return;
    }
    res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(MISDIRECTED_MESSAGE);
  };
}
