import { fetchVendorJson, type QueryParams } from '../../lib/proxy-client';
import { VendorError } from '../../lib/vendor-error';
import { blankToNull } from '../../model/text';
import { vendorLabel } from '../../model/vendor-descriptors';
import type { ListRequest } from '../types';
import {
  socialIntentsEnvelopeSchema,
  type SocialIntentsEnvelope,
  type SocialIntentsList,
} from './socialintents-api';

/**
 * One of the three lists for the request's days. `timezone` is the viewer's, so the vendor both filters
 * the days and writes `startDate` in it; the e-mail, when whole, is filtered by the vendor too.
 * No paging is documented: one request returns the whole list.
 */
export async function fetchSocialIntentsList(
  list: SocialIntentsList,
  request: ListRequest,
  signal?: AbortSignal,
): Promise<unknown[]> {
  const params = {
    date_from: request.range.from,
    date_to: request.range.to,
    timezone: request.range.timeZone,
    email: request.email ?? undefined,
  };
  return fetchSocialIntentsChats(list, params, signal);
}

/** One list with any of its documented filters (docs/vendor-api/socialintents-rest-api.txt), envelope checked. */
export async function fetchSocialIntentsChats(
  list: SocialIntentsList,
  params: QueryParams,
  signal?: AbortSignal,
): Promise<unknown[]> {
  const envelope = await fetchVendorJson('socialintents', list, params, socialIntentsEnvelopeSchema, signal);
  const status = blankToNull(envelope.apiStatus);
  // A missing apiStatus with chats is accepted (real accounts vary); any other status is the vendor saying no.
  if (status !== null && status.toLowerCase() !== 'success') throw envelopeError(envelope, status);
  return envelope.chats ?? [];
}

/** What the envelope's status code means, in the error codes the rest of the app knows. */
function classify(code: number): { code: string; says: string; retryable: boolean } {
  if (code === 401 || code === 403)
    return { code: 'auth', says: 'refused the credentials', retryable: false };
  if (code === 429) return { code: 'rate_limited', says: 'is rate-limiting requests', retryable: true };
  if (code >= 500) return { code: 'upstream_error', says: 'had an error', retryable: true };
  return { code: 'upstream_rejected', says: 'refused the request', retryable: false };
}

function envelopeError(envelope: SocialIntentsEnvelope, status: string): VendorError {
  const code = Number(envelope.apiStatusCode);
  const detail = blankToNull(envelope.apiStatusMessage) ?? `the API answered "${status}"`;
  const kind = classify(code);
  return new VendorError({
    vendor: 'socialintents',
    code: kind.code,
    message: `${vendorLabel('socialintents')} ${kind.says}: ${detail}`,
    upstreamStatus: Number.isInteger(code) ? code : null,
    retryable: kind.retryable,
  });
}
