import { historyStore } from '../../lib/history/device-store';
import { historyAccount } from '../../lib/history/history-store';
import { setLoadedAt, takeRefreshRequest } from '../../lib/history/load-state';
import type { Conversation } from '../../model/conversation';
import { vendorDescriptors } from '../../model/vendor-descriptors';
import {
  vendorKeys,
  type AdapterQuery,
  type ListRequest,
  type VendorAdapter,
  type VendorList,
} from '../types';
import { holdsRange, loadFromHistory } from './load-from-history';
import { withStoredDetails } from './stored-details';

// Opening IndexedDB takes a moment on a busy machine: start it while the app boots and asks the server
// which vendors it has, not after.
if (typeof window !== 'undefined') void historyStore();

/**
 * The list query of one vendor, read from the local history of its account (`fingerprint` from
 * `GET /api/vendors`). A whole e-mail in the search box is answered from the history when it holds the
 * whole range (the browser then filters by it, as for any search); otherwise it is pushed down to the
 * vendor as today, in a query of its own that is not stored, since it holds only that visitor's rows.
 */
export function historyListQuery(
  adapter: VendorAdapter,
  fingerprint: string,
  request: ListRequest,
): AdapterQuery<VendorList> {
  const { emailFilter, lazyTranscripts } = vendorDescriptors[adapter.id].capabilities;
  const email = emailFilter ? request.email : null;
  const account = historyAccount(adapter.id, fingerprint);
  // The account and the vendor's capabilities follow from the vendor and fingerprint, both in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return {
    queryKey: [...vendorKeys.list(adapter.id, { ...request, email }), 'history', fingerprint],
    queryFn: async ({ signal, client }) => {
      const store = await historyStore();
      const prepare = lazyTranscripts
        ? (rows: Conversation[]) => withStoredDetails(store, account, rows)
        : undefined;
      if (email !== null && !(await holdsRange(store, account, request.range, Date.now()))) {
        return adapter.fetchRange(request.range, { signal, client, email });
      }
      const result = await loadFromHistory({
        adapter,
        store,
        account,
        range: request.range,
        client,
        signal,
        force: takeRefreshRequest(account),
        prepare,
      });
      setLoadedAt(account, result.loadedAt);
      return { conversations: result.conversations, unreadable: result.unreadable };
    },
  };
}
