/// <reference lib="webworker" />
import { QueryClient } from '@tanstack/react-query';
import * as Comlink from 'comlink';
import { adoptTabId } from '../../lib/history/cross-tab';
import { historyStore } from '../../lib/history/device-store';
import { getStorageStatus, subscribe as onStorageStatus } from '../../lib/history/storage-status';
import { whileHandingOver } from '../../lib/history/writes-after-asks';
import { forwardProgress, type LoadProgress } from '../../lib/progress-store';
import type { Conversation, VendorId } from '../../model/conversation';
import { historyAccount, withoutPayload } from '../../lib/history/history-store';
import { adapters } from '../registry';
import type { DetailsLink, DetailsRequest } from './details-in-worker';
import { fetchMissingDetails } from './fetch-missing-details';
import { listOrder } from './list-order';
import {
  loadVendorHistory,
  type VendorHistoryRequest,
  type VendorHistoryResult,
} from './load-vendor-history';

/**
 * The history worker: every vendor list load that goes through the local history runs here, so fetching
 * the pages, parsing them (JSON and zod), normalizing, merging with what is held and writing IndexedDB
 * never hold the page's main thread. The page gets the rows back in slices (one short structured-clone
 * each), most of them as the vendor's pages are read, and the adapters' page progress as it happens.
 */
export type HistoryWorkerApi = typeof api;

export type PageLink = {
  tabId: string;
  onProgress: (vendor: VendorId, value: LoadProgress | null) => void;
  onStorageProblem: (problem: string) => void;
};

/**
 * Rows per message to the page: small enough that unpacking one never holds the page for long (1,000 rows
 * with their messages took about 80 ms to unpack on the page of a busy machine; 250, about 20 ms).
 */
const ROWS_PER_SLICE = 250;

// The worker's own cache: what adapters look up once per load (ImBox agents, /api/vendors for SnapEngage).
const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
const running = new Map<number, AbortController>();
const storing = new Set<Promise<void>>();

/*
 * Rows reach the page without the vendor's payload when the device keeps the history (`withoutPayload`):
 * it is about half of a row's size and is read back from the device only when someone asks for it (the
 * pane's "View raw", JSON Lines with the payload: see held-raw-payload.ts). Measured at 100,000
 * conversations: posting the rows with their payloads cost the page most of 24 s of native work.
 */

let pageAllows = true;
const waitingForPage: Array<() => void> = [];

/** Resolves while the page allows background work, else once it does again (see `setAllowed`). */
function whenPageAllows(signal: AbortSignal): Promise<void> {
  if (pageAllows) return Promise.resolve();
  return new Promise((resolve, reject) => {
    waitingForPage.push(resolve);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

const api = {
  link(page: PageLink): void {
    adoptTabId(page.tabId);
    forwardProgress((vendor, value) => void page.onProgress(vendor, value));
    onStorageStatus(() => {
      const status = getStorageStatus();
      if (status.kind === 'memory' && status.problem !== null) void page.onStorageProblem(status.problem);
    });
  },

  /**
   * One vendor's list. Rows go to the page once each: through `onEarlyRows` as the vendor's pages are
   * read, then the rest of the list through `onRows`; the answer's `order` gives the list, row by row, as
   * the index of a row sent early or -1 for the next of those sent after (see `listOrder`).
   */
  async load(
    id: number,
    request: VendorHistoryRequest,
    onRows: (rows: Conversation[]) => Promise<void>,
    onEarlyRows: (rows: Conversation[]) => unknown,
  ): Promise<
    Pick<VendorHistoryResult, 'unreadable' | 'loadedAt' | 'asked'> & { order: Int32Array; sentEarly: number }
  > {
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const held = (await historyStore()).kind === 'device';
      const forPage = (rows: ReadonlyArray<Conversation>) => (held ? rows.map(withoutPayload) : [...rows]);
      const sentEarly = new Map<Conversation, number>();
      const result = await loadVendorHistory(request, {
        signal: controller.signal,
        client,
        onRows: (rows) => {
          const unsent = rows.filter((row) => !sentEarly.has(row));
          if (unsent.length === 0) return;
          for (const row of unsent) sentEarly.set(row, sentEarly.size);
          // A SnapEngage inbox page is 1,000 cases: sent in slices like the rest (see ROWS_PER_SLICE).
          for (let start = 0; start < unsent.length; start += ROWS_PER_SLICE)
            void onEarlyRows(forPage(unsent.slice(start, start + ROWS_PER_SLICE)));
        },
      });
      const stored = result.stored.finally(() => storing.delete(stored));
      storing.add(stored);
      const { order, rest } = listOrder(result.conversations, sentEarly);
      await whileHandingOver(async () => {
        for (let start = 0; start < rest.length; start += ROWS_PER_SLICE) {
          controller.signal.throwIfAborted();
          await onRows(forPage(rest.slice(start, start + ROWS_PER_SLICE)));
        }
      });
      // `sentEarly` says how many rows the page must have had early before `order` can be read: they
      // come through a port of their own, so they may still be on their way when this answer arrives.
      return Comlink.transfer(
        {
          unreadable: result.unreadable,
          loadedAt: result.loadedAt,
          asked: result.asked,
          order,
          sentEarly: sentEarly.size,
        },
        [order.buffer],
      );
    } finally {
      running.delete(id);
    }
  },

  /**
   * The background details of a list whose rows lack them (ImBox): fetched here, a few at a time, kept in
   * the history, and handed back to the page in batches, so the page's thread only folds rows in.
   */
  async details(id: number, request: DetailsRequest, link: DetailsLink): Promise<void> {
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const { signal } = controller;
      const adapter = adapters[request.vendor];
      const transcriptQuery = adapter.transcriptQuery;
      if (!transcriptQuery) return;
      // The list's own write may still be going on: its rows are read back once it is done.
      await Promise.allSettled([...storing]);
      const store = await historyStore();
      const account = historyAccount(request.vendor, request.fingerprint);
      const wanted = new Set(request.ids);
      const rows = (await store.read(account, request.span)).filter(
        (row) => wanted.has(row.id) && row.messages === null,
      );
      const held = store.kind === 'device';
      await fetchMissingDetails({
        rows,
        store,
        account,
        signal,
        flushEveryMs: request.flushEveryMs,
        whenAllowed: whenPageAllows,
        // gcTime 0: the history keeps the detail; this worker's cache need not hold thousands of them too.
        fetchDetail: (row) => client.fetchQuery({ ...transcriptQuery(row), gcTime: 0 }),
        onProgress: (done, total) => void link.onProgress({ done, total }),
        onRows: (updated) => void link.onRows(held ? updated.map(withoutPayload) : updated),
      });
    } finally {
      running.delete(id);
    }
  },

  /**
   * The page says whether background work may go on: not while it is hidden, nor while the person is
   * typing or clicking (user-activity.ts). Details already asked finish; no new one starts meanwhile.
   */
  setAllowed(allowed: boolean): void {
    pageAllows = allowed;
    if (allowed) for (const resume of waitingForPage.splice(0)) resume();
  },

  cancel(id: number): void {
    running.get(id)?.abort(new DOMException('The load was cancelled.', 'AbortError'));
  },

  /** Before the history is cleared: stops every load and waits for the writes already started. */
  async settle(): Promise<void> {
    for (const controller of running.values())
      controller.abort(new DOMException('The history is being cleared.', 'AbortError'));
    await Promise.allSettled([...storing]);
  },
};

Comlink.expose(api);
