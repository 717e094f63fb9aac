import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { bucketOf, historyAccount } from '../../lib/history/history-store';
import { vendorStatusQuery } from '../../lib/vendor-status';
import type { Conversation } from '../../model/conversation';
import { heldPayloads } from './held-rows';

/**
 * The list rows the history worker hands the page carry no vendor payload (`raw` undefined, see
 * history-worker.ts): it stays in the device history and is read back here, only when someone asks for
 * it. Returns each found payload by conversation key; a row that still carries its payload is answered
 * from the row itself.
 */
export async function heldRawPayloads(
  client: QueryClient,
  conversations: ReadonlyArray<Conversation>,
): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  // By vendor, then bucket: the conversation key of each id wanted.
  const wanted = new Map<string, Map<number, Map<string, string>>>();
  for (const conversation of conversations) {
    if (conversation.raw !== undefined) {
      found.set(conversation.key, conversation.raw);
      continue;
    }
    let buckets = wanted.get(conversation.vendor);
    if (!buckets) wanted.set(conversation.vendor, (buckets = new Map()));
    const bucket = bucketOf(conversation.startedAt);
    let keys = buckets.get(bucket);
    if (!keys) buckets.set(bucket, (keys = new Map()));
    keys.set(conversation.id, conversation.key);
  }
  if (wanted.size === 0) return found;
  const status = await client.ensureQueryData(vendorStatusQuery);
  for (const [vendor, buckets] of wanted) {
    const fingerprint = status.vendors.find((entry) => entry.id === vendor)?.account ?? null;
    if (fingerprint === null) continue;
    const account = historyAccount(vendor, fingerprint);
    // A day at a time: an export with payloads never holds every held payload at once.
    for (const [bucket, keys] of buckets) {
      const payloads = await heldPayloads(account, bucket, new Set(keys.keys()));
      for (const [id, payload] of payloads) found.set(keys.get(id) ?? id, payload);
    }
  }
  return found;
}

/** One conversation's vendor payload, from the row or the device history (null when neither has it). */
export function heldRawPayloadQuery(conversation: Conversation) {
  // The key names the conversation (its key, and the day that finds its bucket).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['history', 'raw-payload', conversation.key, conversation.startedAt],
    queryFn: async ({ client }) =>
      (await heldRawPayloads(client, [conversation])).get(conversation.key) ?? null,
    staleTime: Infinity,
  });
}
