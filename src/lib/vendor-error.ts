import type { VendorId } from '../model/conversation';

/**
 * The proxy's typed error body is declared in the model (src/model/proxy-error.ts), shared with the
 * server. Errors are values: the fetch layer throws them, the UI decides how to show them.
 */
export { proxyErrorBodySchema, type ProxyErrorBody } from '../model/proxy-error';

export class VendorError extends Error {
  override readonly name = 'VendorError';
  readonly vendor: VendorId | null;
  readonly code: string;
  /** The vendor's HTTP status, when the vendor answered at all. */
  readonly upstreamStatus: number | null;
  readonly retryable: boolean;

  constructor(init: {
    vendor: VendorId | null;
    code: string;
    message: string;
    upstreamStatus: number | null;
    retryable: boolean;
  }) {
    super(init.message);
    this.vendor = init.vendor;
    this.code = init.code;
    this.upstreamStatus = init.upstreamStatus;
    this.retryable = init.retryable;
  }
}

export function isVendorError(error: unknown): error is VendorError {
  return error instanceof VendorError;
}
