import type { HistoryStore } from '../../lib/history/history-store';
import type { Conversation } from '../../model/conversation';
import { historyAccount, newestFirst } from '../../lib/history/history-store';
import { lastLoadedAt, spansToLoad } from '../../lib/history/refresh-policy';
import { spanHolds, subtractSpans, type Span } from '../../lib/history/spans';
import type { VendorHistoryRequest, VendorHistoryResult } from './load-vendor-history';

export type HeldFirstLoad = {
  /** The page's own history store (the device's IndexedDB, shared with the worker). */
  store: HistoryStore;
  signal: AbortSignal;
  now: number;
  /** Loads what is not held (the history worker), told which parts were read here already. */
  loadRest: (request: VendorHistoryRequest) => Promise<VendorHistoryResult>;
  /** Hears the held rows as they are read, a few days at a time (the list shows them meanwhile). */
  onRows?: (rows: ReadonlyArray<Conversation>) => void;
};

/**
 * One vendor's list: what the device holds is read here, on the page, and only the rest is asked of the
 * history worker. Reading IndexedDB costs the page one structured-clone copy of the rows, which it pays
 * either way; read in the worker and posted, the same rows cost two more (the worker's copy out, the
 * page's copy in). Measured on a reload of 97,000 held conversations: see docs/benchmark-log.md.
 */
export async function loadHeldFirst(
  request: VendorHistoryRequest,
  { store, signal, now, loadRest, onRows }: HeldFirstLoad,
): Promise<VendorHistoryResult> {
  if (request.force) return loadRest(request);
  const account = historyAccount(request.vendor, request.fingerprint);
  const wanted: Span = { start: request.request.range.start, end: request.request.range.end };
  const spans = await store.spans(account);
  const missing = spansToLoad(wanted, spans, now);
  // An e-mail over time not wholly held is asked of the vendor whole (see load-vendor-history.ts).
  if (missing.length > 0 && request.request.email !== null) return loadRest(request);
  const heldParts = subtractSpans(wanted, missing);
  // List rows: what the list shows, read in a fraction of the whole rows' time; what needs more reads a
  // row whole (lib/history/whole-rows.ts).
  const held = (await Promise.all(heldParts.map((part) => store.readList(account, part, onRows)))).flat();
  signal.throwIfAborted();
  if (missing.length === 0) {
    return {
      conversations: held,
      unreadable: 0,
      loadedAt: lastLoadedAt(wanted, spans),
      asked: [],
      stored: Promise.resolve(),
    };
  }
  const rest = await loadRest({ ...request, alreadyRead: heldParts });
  // The worker decides under the account's lock what to ask: time that went stale meanwhile is asked
  // again, and its answer replaces what was read here.
  const kept = held.filter((row) => !rest.asked.some((span) => spanHolds(span, row.startedAt)));
  return { ...rest, conversations: [...kept, ...rest.conversations].sort(newestFirst) };
}
