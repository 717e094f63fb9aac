import { historyStore } from '../../lib/history/device-store';
import { withConversationLock } from '../../lib/history/cross-tab';
import { historyAccount } from '../../lib/history/history-store';
import { vendorStatusQuery } from '../../lib/vendor-status';
import type { Conversation, TranscriptDetail } from '../../model/conversation';
import type { AdapterQuery } from '../types';

/**
 * A vendor's transcript query (ImBox) read through the local history: a transcript held on the device is
 * not asked again, and one fetched (by the reading pane, an export or the background loader) is kept.
 */
export function storedTranscriptQuery(
  query: AdapterQuery<TranscriptDetail>,
  conversation: Conversation,
): AdapterQuery<TranscriptDetail> {
  const { queryFn } = query;
  // A vendor's transcript query always has its fetcher (never skipToken): there is nothing to wrap otherwise.
  if (typeof queryFn !== 'function') return query;
  return {
    ...query,
    queryFn: async (context) => {
      // Without the server's account fingerprint nothing is stored: the transcript is fetched as before.
      const status = await context.client.ensureQueryData(vendorStatusQuery).catch(() => null);
      const fingerprint =
        status?.vendors.find((vendor) => vendor.id === conversation.vendor)?.account ?? null;
      if (fingerprint === null) return queryFn(context);
      const account = historyAccount(conversation.vendor, fingerprint);
      const store = await historyStore();
      // Under the conversation's lock: another tab (or this tab's history worker) fetching the same one is
      // waited for, and its detail read from the history instead of asked again.
      return withConversationLock(
        account,
        conversation.id,
        async () => {
          const held = (await store.details(account, [conversation.id])).get(conversation.id);
          if (held) return held;
          const detail = await queryFn(context);
          await store.putDetail(account, conversation.id, detail);
          return detail;
        },
        context.signal,
      );
    },
  };
}
