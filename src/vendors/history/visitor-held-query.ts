import type { QueryClient } from '@tanstack/react-query';
import { applyTranscriptDetail } from '../../lib/apply-transcript-detail';
import { historyStore } from '../../lib/history/device-store';
import { historyAccount } from '../../lib/history/history-store';
import { isVisitorConversation, type VisitorRef } from '../../lib/visitor-path';
import type { Conversation, TranscriptDetail, VendorId } from '../../model/conversation';
import { vendorDescriptors } from '../../model/vendor-descriptors';
import { vendorKeys, type AdapterQuery, type VendorList } from '../types';
import { readHeldMatching } from './read-held-matching';

/**
 * One visitor's conversations with one vendor as far as this browser holds them, over all time: the local
 * history of the vendor's account (`fingerprint`; none when the server names no account) and the lists
 * React Query holds now. For a vendor whose list names no visitor (ImBox) the held details are folded in
 * first, so its rows are found by the e-mails those details gave. Never asks the vendor anything.
 */
export function visitorHeldQuery(
  vendor: VendorId,
  fingerprint: string | null,
  ref: VisitorRef,
): AdapterQuery<VendorList> {
  const withDetails = vendorDescriptors[vendor].capabilities.lazyTranscripts;
  const matches = (row: Conversation) => isVisitorConversation(ref, row);
  // `withDetails` and `matches` follow from the vendor and the visitor, both in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return {
    queryKey: ['visitors', 'held', vendor, fingerprint, ref],
    queryFn: async ({ client }) => {
      const held =
        fingerprint === null
          ? []
          : await readHeldMatching(
              await historyStore(),
              historyAccount(vendor, fingerprint),
              matches,
              withDetails,
            );
      return {
        conversations: [...held, ...heldInQueries(client, vendor, withDetails, matches)],
        unreadable: 0,
      };
    },
    // What the browser holds changes as lists load; the page asks again each time it opens.
    staleTime: 0,
  };
}

/** The vendor's list rows React Query holds now (a range loaded on the list), details folded in. */
function heldInQueries(
  client: QueryClient,
  vendor: VendorId,
  withDetails: boolean,
  matches: (row: Conversation) => boolean,
): Conversation[] {
  const found: Conversation[] = [];
  for (const [key, data] of client.getQueriesData({ queryKey: vendorKeys.vendor(vendor) })) {
    if (key[2] !== 'list' || !isVendorList(data)) continue;
    for (const row of data.conversations) {
      const detail = withDetails
        ? client.getQueryData<TranscriptDetail>(vendorKeys.transcript(vendor, row.id))
        : undefined;
      const full = detail ? applyTranscriptDetail(row, detail) : row;
      if (matches(full)) found.push(full);
    }
  }
  return found;
}

/** Our own cache, not outside data: only the list queries' shape needs telling apart from the others. */
function isVendorList(data: unknown): data is VendorList {
  return (
    typeof data === 'object' && data !== null && 'conversations' in data && Array.isArray(data.conversations)
  );
}
