import type { z } from 'zod';
import { fetchVendorJson, type QueryParams } from '../../lib/proxy-client';
import { VendorError } from '../../lib/vendor-error';
import { vendorLabel } from '../../model/vendor-descriptors';
import { imboxEnvelope } from './imbox-api';

/** The rows of one answer, and how many rows it carried that could not be read (left out). */
export type ImBoxRows<Row> = { items: Row[]; unreadable: number };

/**
 * One ImBox operation through the proxy (`/api/proxy/imbox/{operation}`), unwrapped to its rows. ImBox wraps every
 * answer in `{result, json}`; a `result` other than "success" is refused even when it came with HTTP 200,
 * because the docs do not promise that errors use an error status.
 */
export async function fetchImBoxRows<Row extends z.ZodType>(
  operation: string,
  params: QueryParams,
  row: Row,
  signal?: AbortSignal,
): Promise<ImBoxRows<z.output<Row>>> {
  const body = await fetchVendorJson('imbox', operation, params, imboxEnvelope(row), signal);
  if (body.result !== undefined && body.result !== 'success') {
    const detail = body.message?.trim();
    throw new VendorError({
      vendor: 'imbox',
      code: 'upstream_rejected',
      message: `${vendorLabel('imbox')} refused the request${detail ? `: ${detail}` : '.'}`,
      upstreamStatus: 200,
      retryable: false,
    });
  }
  return body.json;
}
