import * as Comlink from 'comlink';
import { currentTabId } from '../../lib/history/cross-tab';
import { historyStore, settleBeforeClearing } from '../../lib/history/device-store';
import { onUserActivity } from '../../lib/history/user-activity';
import { setStorageStatus } from '../../lib/history/storage-status';
import { reportProgress } from '../../lib/progress-store';
import type { Conversation } from '../../model/conversation';
import type { DetailsLink, DetailsRequest } from './details-in-worker';
import { historyAccount, type HistoryAccount } from '../../lib/history/history-store';
import { fromListSlice } from '../../lib/history/list-slice';
import type { HistoryWorkerApi, RowsForPage } from './history-worker';
import { rebuildList } from './list-order';
import {
  loadVendorHistory,
  type VendorHistoryLoad,
  type VendorHistoryRequest,
  type VendorHistoryResult,
} from './load-vendor-history';

let worker: Comlink.Remote<HistoryWorkerApi> | null | undefined;
let nextLoad = 1;

/**
 * The tab's one history worker, started on first use (null where the browser has no module workers).
 * One for all vendors: a worker per vendor was tried and measured no faster at 100,000 conversations on
 * 2 cores (the cores, not the queue, are the limit), while every page load paid for starting four.
 */
function historyWorker(): Comlink.Remote<HistoryWorkerApi> | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  const remote = Comlink.wrap<HistoryWorkerApi>(
    new Worker(new URL('./history-worker.ts', import.meta.url), {
      type: 'module',
      name: 'backscroll-history',
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
  worker = remote;
  return remote;
}

/** Starts the worker while the app boots, so its IndexedDB is open by the time the first list is asked. */
export function warmHistoryWorker(): void {
  historyWorker();
}

/**
 * One vendor's list load from the local history, run in the history worker: the page only gathers the
 * rows, a slice at a time. Cancelling (the query's signal) stops the worker's fetches too. Without
 * workers (unit tests in Node) the same load runs here.
 */
export async function loadInWorker(
  request: VendorHistoryRequest,
  { signal, client, onRows }: VendorHistoryLoad,
): Promise<VendorHistoryResult> {
  const remote = historyWorker();
  if (remote === null) return loadVendorHistory(request, { signal, client, onRows });
  const id = nextLoad++;
  const onAbort = () => void remote.cancel(id);
  signal.addEventListener('abort', onAbort, { once: true });
  // Rows come once each: early, as the vendor's pages are read, and the rest with the list, which names
  // them in order (history-worker.ts, list-order.ts).
  const account = historyAccount(request.vendor, request.fingerprint);
  const rowsOf = (sent: RowsForPage) => (Array.isArray(sent) ? sent : fromListSlice(sent, account));
  const early = new EarlyRows();
  const rest: Conversation[] = [];
  try {
    const answer = await remote.load(
      id,
      request,
      Comlink.proxy(async (sent: RowsForPage) => {
        const rows = rowsOf(sent);
        for (const row of rows) rest.push(row);
        onRows?.(rows);
      }),
      Comlink.proxy((sent: RowsForPage) => {
        const rows = rowsOf(sent);
        early.add(rows);
        onRows?.(rows);
      }),
    );
    await early.until(answer.sentEarly, signal);
    const conversations = rebuildList(answer.order, early.rows, rest);
    const { unreadable, loadedAt, asked } = answer;
    // The worker keeps its own promise of the writes (settled before a clear); nothing here waits on it.
    return { conversations, unreadable, loadedAt, asked, stored: Promise.resolve() };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Whole rows of one account's day that the history worker handed the page as list rows and has not stored
 * yet (only `ids`, when given); none where there is no worker (the page then has whole rows).
 */
export async function unstoredRows(
  account: HistoryAccount,
  bucket: number,
  ids?: string[],
): Promise<Map<string, Conversation>> {
  const remote = historyWorker();
  return remote ? remote.unstoredRows(account, bucket, ids) : new Map();
}

/** The vendor payloads of such rows, by id. */
export async function unstoredPayloads(
  account: HistoryAccount,
  bucket: number,
  ids: string[],
): Promise<Map<string, unknown>> {
  const remote = historyWorker();
  return remote ? remote.unstoredPayloads(account, bucket, ids) : new Map();
}

/**
 * Whether the device holds every row the history worker has handed the page: `device` once the writes
 * started are done (waited for), `loading` while a list load is under way, `memory` where the browser
 * refused to store them (the whole rows are then only in the worker).
 */
export async function historyStored(): Promise<'device' | 'memory' | 'loading'> {
  const remote = historyWorker();
  return remote ? remote.stored() : (await historyStore()).kind;
}

/**
 * The rows a load sent early, gathered in the order sent. They come through a port of their own, so the
 * list's answer may arrive before the last of them: `until` waits for the count the answer gives.
 */
class EarlyRows {
  readonly rows: Conversation[] = [];
  private waiting: { count: number; resolve: () => void } | null = null;

  add(rows: ReadonlyArray<Conversation>): void {
    for (const row of rows) this.rows.push(row);
    if (this.waiting && this.rows.length >= this.waiting.count) this.waiting.resolve();
  }

  until(count: number, signal: AbortSignal): Promise<void> {
    if (this.rows.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiting = { count, resolve };
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }
}

/**
 * The background details of one vendor's list (ImBox), fetched in the history worker: the page
 * gets back the rows that gained them, in batches, and the progress. Null where the browser has no
 * module workers (unit tests): the caller then fetches them on the page.
 */
export function detailsInWorker(
  request: DetailsRequest,
  { signal, onRows, onProgress }: { signal: AbortSignal } & DetailsLink,
): Promise<void> | null {
  const remote = historyWorker();
  if (remote === null) return null;
  const id = nextLoad++;
  const onAbort = () => void remote.cancel(id);
  signal.addEventListener('abort', onAbort, { once: true });
  return remote
    .details(id, request, Comlink.proxy({ onRows, onProgress }))
    .finally(() => signal.removeEventListener('abort', onAbort));
}
