import { fetchVendorJson } from '../../lib/proxy-client';
import { VendorError } from '../../lib/vendor-error';
import { blankToNull } from '../../model/text';
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
  const envelope = await fetchVendorJson('socialintents', list, params, socialIntentsEnvelopeSchema, signal);
  const status = blankToNull(envelope.apiStatus);
  // A missing apiStatus with chats is accepted (real accounts vary); any other status is the vendor saying no.
  if (status !== null && status.toLowerCase() !== 'success') throw envelopeError(envelope, status);
  return envelope.chats ?? [];
}

function envelopeError(envelope: SocialIntentsEnvelope, status: string): VendorError {
  const code = Number(envelope.apiStatusCode);
  const detail = blankToNull(envelope.apiStatusMessage) ?? `the API answered "${status}"`;
  const base = { vendor: 'socialintents' as const, upstreamStatus: Number.isInteger(code) ? code : null };
  if (code === 401 || code === 403) {
    return new VendorError({
      ...base,
      code: 'auth',
      message: `Social Intents refused the credentials: ${detail}`,
      retryable: false,
    });
  }
  if (code === 429) {
    return new VendorError({
      ...base,
      code: 'rate_limited',
      message: `Social Intents is rate-limiting requests: ${detail}`,
      retryable: true,
    });
  }
  if (code >= 500) {
    return new VendorError({
      ...base,
      code: 'upstream_error',
      message: `Social Intents had an error: ${detail}`,
      retryable: true,
    });
  }
  return new VendorError({
    ...base,
    code: 'upstream_rejected',
    message: `Social Intents refused the request: ${detail}`,
    retryable: false,
  });
}
