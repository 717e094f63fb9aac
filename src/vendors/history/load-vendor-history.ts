import type { QueryClient } from '@tanstack/react-query';
import { historyStore } from '../../lib/history/device-store';
import { historyAccount } from '../../lib/history/history-store';
import type { Span } from '../../lib/history/spans';
import type { Conversation, VendorId } from '../../model/conversation';
import { vendorDescriptors } from '../../model/vendor-descriptors';
import { adapters } from '../registry';
import type { ListRequest, VendorList } from '../types';
import { holdsRange, loadFromHistory } from './load-from-history';
import { withStoredDetails } from './stored-details';

/** What one vendor's list load from the local history needs: plain data, so it can cross to a worker. */
export type VendorHistoryRequest = {
  vendor: VendorId;
  /** The account fingerprint `GET /api/vendors` gave. */
  fingerprint: string;
  request: ListRequest;
  /** Ask the whole range again, held or not (the Refresh control). */
  force: boolean;
  /** Parts of the range the page has read from the device itself (load-held-first.ts). */
  alreadyRead?: Span[];
};

/** How a vendor's list load runs: where it may be cancelled, its cache, and who hears rows early. */
export type VendorHistoryLoad = {
  signal: AbortSignal;
  client: QueryClient;
  /** Hears rows before the list is whole (as the vendor's pages are read), for showing them meanwhile. */
  onRows?: (rows: ReadonlyArray<Conversation>) => void;
};

export type VendorHistoryResult = VendorList & {
  /** When the range was last asked of the vendor; undefined for an e-mail pushed down (not stored). */
  loadedAt: number | null | undefined;
  /** Settles once what was asked of the vendor is stored (the rows are answered before that). */
  stored: Promise<void>;
  /** The spans asked of the vendor: their rows replace any the page read for them. */
  asked: Span[];
};

/**
 * One vendor's rows for a range, from the local history of its account, asking the vendor only for what
 * it lacks. A whole e-mail in the search box is answered from the history when it holds the whole range
 * (the browser then filters by it, as for any search); otherwise it is pushed down to the vendor, in a
 * load of its own that is not stored, since it holds only that visitor's rows.
 *
 * Runs in the history worker (history-worker.ts), where fetching, parsing, normalizing and storing stay
 * off the page's main thread; and in the page itself where workers are missing (unit tests).
 */
export async function loadVendorHistory(
  { vendor, fingerprint, request, force, alreadyRead }: VendorHistoryRequest,
  { signal, client, onRows }: VendorHistoryLoad,
): Promise<VendorHistoryResult> {
  const adapter = adapters[vendor];
  const { emailFilter, lazyTranscripts } = vendorDescriptors[vendor].capabilities;
  const email = emailFilter ? request.email : null;
  const account = historyAccount(vendor, fingerprint);
  const store = await historyStore();
  if (email !== null && !(await holdsRange(store, account, request.range, Date.now()))) {
    const answered = await adapter.fetchRange(request.range, { signal, client, email });
    return {
      ...answered,
      loadedAt: undefined,
      stored: Promise.resolve(),
      asked: [{ start: request.range.start, end: request.range.end }],
    };
  }
  const prepare = lazyTranscripts
    ? (rows: Conversation[]) => withStoredDetails(store, account, rows)
    : undefined;
  const result = await loadFromHistory({
    adapter,
    store,
    account,
    range: request.range,
    client,
    signal,
    force,
    prepare,
    alreadyRead,
    onRows,
  });
  return {
    conversations: result.conversations,
    unreadable: result.unreadable,
    loadedAt: result.loadedAt,
    stored: result.stored,
    asked: result.asked,
  };
}
