import type { z } from 'zod';
import type { VendorId } from '../model/conversation';
import { proxyErrorBodySchema, VendorError } from './vendor-error';

export type QueryParams = Record<string, string | number | ReadonlyArray<string> | undefined>;

/**
 * `/api/proxy/{vendor}/{path}?…`: the browser only ever names the proxy, never a vendor host. A path that
 * starts with `/` is one of Backscroll's own endpoints (the SnapEngage inbox, `/api/inbox/...`), used as is.
 */
export function proxyUrl(vendor: VendorId, path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) search.append(name, String(item));
    else search.append(name, String(value));
  }
  const query = search.toString();
  const encodedPath = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  const base = path.startsWith('/') ? encodedPath : `/api/proxy/${vendor}/${encodedPath}`;
  return `${base}${query ? `?${query}` : ''}`;
}

/**
 * GETs a vendor endpoint through the proxy and validates the vendor's payload with `schema`. Any failure
 * (network, proxy error, payload that does not match) becomes a VendorError naming the vendor.
 */
export async function fetchVendorJson<Schema extends z.ZodType>(
  vendor: VendorId,
  path: string,
  params: QueryParams,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.infer<Schema>> {
  let response: Response;
  try {
    response = await fetch(proxyUrl(vendor, path, params), {
      signal,
      headers: { accept: 'application/json' },
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new VendorError({
      vendor,
      code: 'network',
      message: 'Backscroll could not reach its server. Check that it is still running.',
      upstreamStatus: null,
      retryable: true,
    });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = proxyErrorBodySchema.safeParse(body);
    if (parsed.success)
      throw new VendorError({ ...parsed.data.error, vendor: parsed.data.error.vendor ?? vendor });
    throw new VendorError({
      vendor,
      code: 'proxy',
      message: `Backscroll's server answered ${response.status}.`,
      upstreamStatus: null,
      retryable: response.status >= 500,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unexpected shape';
    throw new VendorError({
      vendor,
      code: 'bad_payload',
      message: `The vendor answered with data Backscroll does not understand (${where}).`,
      upstreamStatus: response.status,
      retryable: false,
    });
  }
  return parsed.data;
}
