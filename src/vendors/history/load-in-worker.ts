import type { QueryClient } from '@tanstack/react-query';
import * as Comlink from 'comlink';
import { currentTabId } from '../../lib/history/cross-tab';
import { settleBeforeClearing } from '../../lib/history/device-store';
import { onUserActivity } from '../../lib/history/user-activity';
import { setStorageStatus } from '../../lib/history/storage-status';
import { reportProgress } from '../../lib/progress-store';
import type { Conversation, VendorId } from '../../model/conversation';
import type { DetailsLink, DetailsRequest } from './details-in-worker';
import type { HistoryWorkerApi } from './history-worker';
import {
  loadVendorHistory,
  type VendorHistoryRequest,
  type VendorHistoryResult,
} from './load-vendor-history';

const workers = new Map<VendorId, Comlink.Remote<HistoryWorkerApi> | null>();
let nextLoad = 1;

/**
 * The tab's history worker for one vendor, started on first use (null where the browser has no module
 * workers). One per vendor rather than one for all: a vendor's pages are parsed and stored on a thread of
 * their own, so LiveChat's hundreds of small pages never queue behind another vendor's large IndexedDB
 * write or its rows being posted to the page (measured at 100,000 conversations with one shared worker:
 * LiveChat pages waited 227 ms on average, against 5 to 13 ms at the server).
 */
function historyWorker(vendor: VendorId): Comlink.Remote<HistoryWorkerApi> | null {
  const known = workers.get(vendor);
  if (known !== undefined) return known;
  if (typeof Worker === 'undefined') {
    workers.set(vendor, null);
    return null;
  }
  const remote = Comlink.wrap<HistoryWorkerApi>(
    new Worker(new URL('./history-worker.ts', import.meta.url), {
      type: 'module',
      name: `backscroll-history-${vendor}`,
    }),
  );
  void remote.link(
    Comlink.proxy({
      tabId: currentTabId(),
      onProgress: reportProgress,
      onStorageProblem: (problem: string) => setStorageStatus({ kind: 'memory', problem }),
    }),
  );
  settleBeforeClearing(() => remote.settle());
  if (typeof document !== 'undefined') {
    // Background details go on only while someone can see the page and is not using it this moment.
    let busy = false;
    const tell = () => void remote.setAllowed(document.visibilityState !== 'hidden' && !busy);
    document.addEventListener('visibilitychange', tell);
    onUserActivity((active) => {
      busy = active;
      tell();
    });
  }
  workers.set(vendor, remote);
  return remote;
}

/** Starts the workers while the app boots, so their IndexedDB is open by the time the first list is asked. */
export function warmHistoryWorkers(vendors: ReadonlyArray<VendorId>): void {
  for (const vendor of vendors) historyWorker(vendor);
}

/**
 * One vendor's list load from the local history, run in the history worker: the page only gathers the
 * rows, a slice at a time. Cancelling (the query's signal) stops the worker's fetches too. Without
 * workers (unit tests in Node) the same load runs here.
 */
export async function loadInWorker(
  request: VendorHistoryRequest,
  { signal, client }: { signal: AbortSignal; client: QueryClient },
): Promise<VendorHistoryResult> {
  const remote = historyWorker(request.vendor);
  if (remote === null) return loadVendorHistory(request, { signal, client });
  const id = nextLoad++;
  const onAbort = () => void remote.cancel(id);
  signal.addEventListener('abort', onAbort, { once: true });
  const conversations: Conversation[] = [];
  try {
    const { unreadable, loadedAt } = await remote.load(
      id,
      request,
      Comlink.proxy(async (rows: Conversation[]) => {
        for (const row of rows) conversations.push(row);
      }),
    );
    // The worker keeps its own promise of the writes (settled before a clear); nothing here waits on it.
    return { conversations, unreadable, loadedAt, stored: Promise.resolve() };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * The background details of one vendor's list (ImBox), fetched in that vendor's history worker: the page
 * gets back the rows that gained them, in batches, and the progress. Null where the browser has no
 * module workers (unit tests): the caller then fetches them on the page.
 */
export function detailsInWorker(
  request: DetailsRequest,
  { signal, onRows, onProgress }: { signal: AbortSignal } & DetailsLink,
): Promise<void> | null {
  const remote = historyWorker(request.vendor);
  if (remote === null) return null;
  const id = nextLoad++;
  const onAbort = () => void remote.cancel(id);
  signal.addEventListener('abort', onAbort, { once: true });
  return remote
    .details(id, request, Comlink.proxy({ onRows, onProgress }))
    .finally(() => signal.removeEventListener('abort', onAbort));
}
