import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { historyStore } from '../../lib/history/device-store';
import { bucketOf, DAY_MS, historyAccount } from '../../lib/history/history-store';
import { vendorStatusQuery } from '../../lib/vendor-status';
import type { Conversation } from '../../model/conversation';

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
  const wanted = new Map<string, Map<number, Set<string>>>();
  for (const conversation of conversations) {
    if (conversation.raw !== undefined) {
      found.set(conversation.key, conversation.raw);
      continue;
    }
    let buckets = wanted.get(conversation.vendor);
    if (!buckets) wanted.set(conversation.vendor, (buckets = new Map()));
    const bucket = bucketOf(conversation.startedAt);
    let ids = buckets.get(bucket);
    if (!ids) buckets.set(bucket, (ids = new Set()));
    ids.add(conversation.id);
  }
  if (wanted.size === 0) return found;
  const status = await client.ensureQueryData(vendorStatusQuery);
  const store = await historyStore();
  for (const [vendor, buckets] of wanted) {
    const fingerprint = status.vendors.find((entry) => entry.id === vendor)?.account ?? null;
    if (fingerprint === null) continue;
    const account = historyAccount(vendor, fingerprint);
    // A day at a time: an export with payloads never holds every held row at once.
    for (const [bucket, ids] of buckets) {
      const rows = await store.read(account, { start: bucket * DAY_MS, end: (bucket + 1) * DAY_MS - 1 });
      for (const row of rows) if (ids.has(row.id)) found.set(row.key, row.raw);
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
