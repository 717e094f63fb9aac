import { hashKey } from '@tanstack/react-query';
import { startArrival } from '../../lib/history/arriving-rows';
import { historyStore } from '../../lib/history/device-store';
import { historyAccount } from '../../lib/history/history-store';
import { isRefreshRequested, refreshDone, setLoadedAt } from '../../lib/history/load-state';
import { vendorDescriptors } from '../../model/vendor-descriptors';
import {
  vendorKeys,
  type AdapterQuery,
  type ListRequest,
  type VendorAdapter,
  type VendorList,
} from '../types';
import { loadHeldFirst } from './load-held-first';
import { loadInWorker, warmHistoryWorker } from './load-in-worker';
import type { VendorHistoryRequest } from './load-vendor-history';

// Opening IndexedDB takes a moment on a busy machine: start it (here for the transcripts, in the worker
// for the lists and background details) while the app boots and asks the server which vendors it has.
if (typeof window !== 'undefined') {
  void historyStore();
  warmHistoryWorker();
}

/**
 * The list query of one vendor, read from the local history of its account (`fingerprint` from
 * `GET /api/vendors`): what the device holds is read on the page, the rest is loaded in the history worker
 * (see load-held-first.ts, and load-vendor-history.ts for what is asked).
 */
export function historyListQuery(
  adapter: VendorAdapter,
  fingerprint: string,
  request: ListRequest,
): AdapterQuery<VendorList> {
  const email = vendorDescriptors[adapter.id].capabilities.emailFilter ? request.email : null;
  const account = historyAccount(adapter.id, fingerprint);
  // The account follows from the vendor and the fingerprint, both in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return {
    queryKey: [...vendorKeys.list(adapter.id, { ...request, email }), 'history', fingerprint],
    queryFn: async ({ signal, client, queryKey }) => {
      const load: VendorHistoryRequest = {
        vendor: adapter.id,
        fingerprint,
        request: { ...request, email },
        force: isRefreshRequested(account),
      };
      // The list shows the rows as they are read or arrive, before the load completes (arriving-rows.ts).
      const arrival = startArrival(hashKey(queryKey));
      try {
        const onRows = arrival.add;
        const loadRest = (rest: VendorHistoryRequest) => loadInWorker(rest, { signal, client, onRows });
        const store = await historyStore();
        // Where the device refused, the page's store is its own memory, not the worker's history.
        const result =
          store.kind === 'device'
            ? await loadHeldFirst(load, { store, signal, now: Date.now(), loadRest, onRows })
            : await loadRest(load);
        if (load.force) refreshDone(account);
        if (result.loadedAt !== undefined) setLoadedAt(account, result.loadedAt);
        return { conversations: result.conversations, unreadable: result.unreadable };
      } finally {
        arrival.end();
      }
    },
  };
}
