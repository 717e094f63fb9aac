import type { Context } from 'hono';
import { vendorDescriptors } from '../../src/model/vendor-descriptors';
import type { VendorId } from '../../src/model/conversation';
import type { Logger } from '../log';
import type { UpstreamRequest, UpstreamVendor } from '../vendors/upstream';
import { forward, type Fetcher, type ProxyLimits } from './forward';
import type { LoadLog } from './load-log';
import { createRetryBudget } from './retry-budget';
import { errorBody, jsonResponse } from './upstream-error';

export type ProxyDeps = {
  fetcher: Fetcher;
  logger: Logger;
  limits: ProxyLimits;
  /** Test seam for the retry delay. */
  sleep?: (ms: number) => Promise<void>;
  /** One summary line per vendor load (server/proxy/load-log.ts). */
  loadLog?: LoadLog;
};

export type Send<Config> = (
  c: Context,
  build: (config: Config) => UpstreamRequest,
  inspect?: (value: unknown) => string | null,
) => Promise<Response>;

/** "A and B", "A, B and C": the credential variables of a vendor, from its descriptor. */
export function credentialHintOf(vendor: VendorId): string {
  const names = vendorDescriptors[vendor].env.credentials;
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

export function notConfigured(id: VendorId): Response {
  return jsonResponse(
    503,
    errorBody({
      vendor: id,
      code: 'not_configured',
      message: `${vendorDescriptors[id].label} is not configured on this server.`,
      retryable: false,
    }),
  );
}

/**
 * What a vendor's declared routes hand a validated request to: the configured vendor's forwarder (with
 * its own retry budget, shared by all its requests), or a typed 503 when the vendor is off on this server.
 */
export function vendorProxy<Config>(
  id: VendorId,
  config: Config | null,
  secrets: (config: Config) => ReadonlyArray<string | undefined>,
  deps: ProxyDeps,
): Send<Config> {
  const budget = createRetryBudget();
  const vendor: UpstreamVendor | null =
    config === null
      ? null
      : {
          id,
          label: vendorDescriptors[id].label,
          credentialHint: credentialHintOf(id),
          secrets: secrets(config).filter((value): value is string => Boolean(value)),
        };
  return async (c, build, inspect) => {
    if (config === null || vendor === null) return notConfigured(id);
    const { fetcher, logger, limits, sleep, loadLog } = deps;
    return forward(
      vendor,
      build(config),
      {
        fetcher,
        logger,
        limits,
        budget,
        ...(inspect ? { inspect } : {}),
        ...(sleep ? { sleep } : {}),
        ...(loadLog ? { loadLog } : {}),
      },
      c.req.raw.signal,
    );
  };
}
