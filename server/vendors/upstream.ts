import type { VendorId } from '../../src/model/conversation';

/**
 * How one vendor is reached: which browser-facing paths exist, what each may carry, and how the vendor's
 * credentials go into the upstream request. Anything not described here is not reachable (no open relay).
 */
export type UpstreamRequest = { url: URL; headers: Record<string, string> };

export type RouteResult =
  { ok: true; request: UpstreamRequest } | { ok: false; status: 400 | 404; message: string };

export type UpstreamVendor = {
  id: VendorId;
  label: string;
  /** The name of the setting to check when the vendor refuses the credentials. */
  credentialHint: string;
  /** `path` is what follows `/api/{vendor}/`, already URL-decoded per segment. */
  resolve: (path: string, query: URLSearchParams) => RouteResult;
};

export function notFound(label: string, path: string): RouteResult {
  return { ok: false, status: 404, message: `${label}: "${path}" is not an endpoint Backscroll forwards.` };
}

/**
 * Copies only the allowed parameters; an unknown one is refused rather than dropped, so a caller learns
 * at once that the proxy will not pass it on.
 */
export function allowParams(
  label: string,
  query: URLSearchParams,
  allowed: ReadonlyArray<string>,
): { ok: true; params: URLSearchParams } | { ok: false; status: 400; message: string } {
  const params = new URLSearchParams();
  for (const [name, value] of query) {
    if (!allowed.includes(name)) {
      return { ok: false, status: 400, message: `${label}: the parameter "${name}" is not allowed here.` };
    }
    params.append(name, value);
  }
  return { ok: true, params };
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** `{base}/{path}?{params}` without losing a path prefix the base URL already has (`/v1/api`). */
export function upstreamUrl(baseUrl: string, path: string, params?: URLSearchParams): URL {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
  if (params) url.search = params.toString();
  return url;
}

export const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A conversation or agent id as a single, harmless path segment. */
export const SAFE_SEGMENT = /^[A-Za-z0-9._~-]{1,128}$/;
