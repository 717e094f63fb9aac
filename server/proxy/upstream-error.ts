import type { VendorId } from '../../src/model/conversation';
import type { ProxyErrorBody } from '../../src/model/proxy-error';

/** The typed JSON error the browser receives (schema: src/model/proxy-error.ts). */
export function errorBody(init: {
  vendor: VendorId | null;
  code: string;
  message: string;
  upstreamStatus?: number | null;
  retryable: boolean;
}): ProxyErrorBody {
  return {
    error: {
      vendor: init.vendor,
      code: init.code,
      message: init.message,
      upstreamStatus: init.upstreamStatus ?? null,
      retryable: init.retryable,
    },
  };
}

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** Words for what a vendor's final answer means to a support lead, and whether trying again can help. */
export function describeUpstreamFailure(
  label: string,
  status: number,
  credentialHint: string,
): { code: string; message: string; retryable: boolean } {
  if (status === 401 || status === 403) {
    return {
      code: 'auth',
      message: `${label} refused Backscroll's credentials (HTTP ${status}). Check ${credentialHint} in the server's configuration.`,
      retryable: false,
    };
  }
  if (status === 429) {
    return {
      code: 'rate_limited',
      message: `${label} is rate-limiting requests (HTTP 429). Try again in a minute.`,
      retryable: true,
    };
  }
  if (status >= 500) {
    return {
      code: 'upstream_error',
      message: `${label} had a server error (HTTP ${status}).`,
      retryable: true,
    };
  }
  if (status === 404) {
    return {
      code: 'not_found',
      message: `${label} did not find what was asked for (HTTP 404).`,
      retryable: false,
    };
  }
  return {
    code: 'upstream_rejected',
    message: `${label} refused the request (HTTP ${status}).`,
    retryable: false,
  };
}
