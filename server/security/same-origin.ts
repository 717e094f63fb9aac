import type { MiddlewareHandler } from 'hono';
import { errorBody, jsonResponse } from '../proxy/upstream-error';
import { parseHost } from './host-rules';
import type { SecurityConfig } from './security-config';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state-changing request a browser sends must come from this server's own pages. Browsers send
 * `Origin` on every cross-origin (and same-origin) POST/PUT/PATCH/DELETE, and `Sec-Fetch-Site` besides;
 * either one from elsewhere is refused. A request with neither header is not from a browser (SnapEngage's
 * webhook, curl) and is left to the route's own checks, since a cross-site page cannot make a browser
 * leave both out.
 *
 * Hono's `csrf` middleware does not fit: it checks only form-like content types (a cross-site JSON POST
 * would pass), refuses requests with neither header (the webhook), and answers in plain text.
 */
export function sameOriginGuard(config: SecurityConfig): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const requestHost = c.req.header('host') ?? new URL(c.req.url).host;
    // A page served with `Referrer-Policy: no-referrer` (ours) makes the browser send `Origin: null` on its
    // own form posts (the Fetch standard's origin serialization for navigations); `Sec-Fetch-Site`, which
    // the page cannot influence, then says whether the form was ours.
    if (origin !== undefined && !(origin === 'null' && fetchSite === 'same-origin')) {
      if (!isOwnOrigin(origin, requestHost, config)) return refused();
    } else if (fetchSite !== undefined && fetchSite !== 'same-origin') {
      return refused();
    }
    return next();
  };
}

/**
 * This server's origin is the one the request was addressed to (its Host, which the host check has
 * already allowed) or the configured public URL. The scheme is not compared with Host: behind a TLS proxy
 * the browser's https origin reaches us as plain http.
 */
function isOwnOrigin(origin: string, requestHost: string, config: SecurityConfig): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque "null" origin of sandboxed frames and file pages
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (config.publicOrigin !== null && url.origin === config.publicOrigin) return true;
  const own = parseHost(requestHost);
  const from = parseHost(url.host);
  if (!own || !from || own.hostname !== from.hostname) return false;
  return (from.port ?? defaultPort(url.protocol)) === (own.port ?? defaultPort(url.protocol));
}

function defaultPort(protocol: string): number {
  return protocol === 'https:' ? 443 : 80;
}

function refused(): Response {
  return jsonResponse(
    403,
    errorBody({
      vendor: null,
      code: 'cross_origin',
      message:
        'Refused: this request came from another site. Open Backscroll at its own address and try again.',
      retryable: false,
    }),
  );
}
