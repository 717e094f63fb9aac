import type { VendorId } from '../../src/model/conversation';

/** A request to a vendor, credentials included: built by a vendor's routes, sent by server/proxy/forward.ts. */
export type UpstreamRequest = { url: URL; headers: Record<string, string> };

/** Who a proxied request goes to, for its log line, its errors and the credential check of its answer. */
export type UpstreamVendor = {
  id: VendorId;
  label: string;
  /** The settings to check when the vendor refuses the credentials. */
  credentialHint: string;
  /** This vendor's credentials: an answer that echoes one is not passed on. */
  secrets: readonly string[];
};

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** `{base}/{path}?{params}` without losing a path prefix the base URL already has (`/v1/api`). */
export function upstreamUrl(baseUrl: string, path: string, params?: URLSearchParams): URL {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
  if (params) url.search = params.toString();
  return url;
}

/** The validated query as upstream parameters, in a stable order, without the absent ones. */
export function searchParamsOf(query: Readonly<Record<string, string | undefined>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, value);
  return params;
}
