/// <reference lib="webworker" />
import { QueryClient } from '@tanstack/react-query';
import * as Comlink from 'comlink';
import { adoptTabId } from '../../lib/history/cross-tab';
import { historyStore } from '../../lib/history/device-store';
import { getStorageStatus, subscribe as onStorageStatus } from '../../lib/history/storage-status';
import { whileHandingOver } from '../../lib/history/writes-after-asks';
import { forwardProgress, type LoadProgress } from '../../lib/progress-store';
import type { Conversation, VendorId } from '../../model/conversation';
import { historyAccount, withoutPayload, type HistoryAccount } from '../../lib/history/history-store';
import { toListSlice, type ListSlice } from '../../lib/history/list-slice';
import { adapters } from '../registry';
import type { DetailsLink, DetailsRequest } from './details-in-worker';
import { fetchMissingDetails } from './fetch-missing-details';
import { listOrder } from './list-order';
import { UnstoredRows } from './unstored-rows';
import {
  loadVendorHistory,
  type VendorHistoryRequest,
  type VendorHistoryResult,
} from './load-vendor-history';

/**
 * The history worker: every vendor list load that goes through the local history runs here, so fetching
 * the pages, parsing them (JSON and zod), normalizing, merging with what is held and writing IndexedDB
 * never hold the page's main thread. The page gets the rows back in slices (one short structured-clone
 * each, list rows where the device keeps the history), most of them as the vendor's pages are read, and
 * the adapters' page progress as it happens.
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
const unstored = new UnstoredRows();
/** List loads under way (see `stored`). */
let listing = 0;

/*
 * When the device keeps the history, rows reach the page as list rows (lib/history/list-slice.ts): what the
 * list shows, and each row's search text. Their whole rows (messages, every field, the vendor's payload)
 * stay here until stored (`unstored`), and the page reads them from here or the device when someone needs
 * more: the pane, "View raw", an export (held-rows.ts). Measured at 100,000 conversations: posting the rows
 * with their payloads cost the page most of 24 s of native work, and posting them whole, without payloads,
 * about 2.5 s of this worker and 1 s of the page in a 90-day cold load.
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
   * the index of a row sent early or -1 for the next of those sent after (see `listOrder`). Where the
   * device keeps the history they go as list rows (`ListSlice`), their whole rows kept here until stored.
   */
  async load(
    id: number,
    request: VendorHistoryRequest,
    onRows: (rows: RowsForPage) => Promise<void>,
    onEarlyRows: (rows: RowsForPage) => unknown,
  ): Promise<
    Pick<VendorHistoryResult, 'unreadable' | 'loadedAt' | 'asked'> & { order: Int32Array; sentEarly: number }
  > {
    const controller = new AbortController();
    running.set(id, controller);
    listing++;
    try {
      const held = (await historyStore()).kind === 'device';
      const account = historyAccount(request.vendor, request.fingerprint);
      // Rows that will be stored go as list rows; the rest (an e-mail pushed down to the vendor is not
      // stored) whole, as when the device keeps nothing.
      const forPage = (rows: ReadonlyArray<Conversation>, stored = true): RowsForPage => {
        if (!held) return [...rows];
        if (!stored) return rows.map(withoutPayload);
        unstored.add(id, account, rows);
        return toListSlice(rows);
      };
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
      void stored.then(() => letGoOnceKept(id));
      const willBeStored = result.loadedAt !== undefined;
      const { order, rest } = listOrder(result.conversations, sentEarly);
      await whileHandingOver(async () => {
        for (let start = 0; start < rest.length; start += ROWS_PER_SLICE) {
          controller.signal.throwIfAborted();
          await onRows(forPage(rest.slice(start, start + ROWS_PER_SLICE), willBeStored));
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
    } catch (error) {
      // Nothing of a failed load is stored, and the page stops showing its rows (arriving-rows.ts).
      unstored.release(id);
      throw error;
    } finally {
      running.delete(id);
      listing--;
    }
  },

  /**
   * The whole rows of one account's day that were handed to the page as list rows and are not stored yet
   * (only `ids`, when given), without the vendor's payload: the page reads these before the device.
   */
  unstoredRows(account: HistoryAccount, bucket: number, ids?: string[]): Map<string, Conversation> {
    const rows = unstored.rowsOf(account, bucket, ids);
    for (const [rowId, row] of rows) rows.set(rowId, withoutPayload(row));
    return rows;
  },

  /** The vendor payloads of those rows, by id (see `unstoredRows`). */
  unstoredPayloads(account: HistoryAccount, bucket: number, ids: string[]): Map<string, unknown> {
    const payloads = new Map<string, unknown>();
    for (const [rowId, row] of unstored.rowsOf(account, bucket, ids))
      if (row.raw !== undefined) payloads.set(rowId, row.raw);
    return payloads;
  },

  /**
   * Whether the device holds every row this worker has handed the page: `device` once the writes started
   * are done (waited for: a few seconds after a load), `loading` at once while a list load is under way
   * (its rows are stored only after it), `memory` where the browser refused to store them. An export's
   * workers read the device; otherwise the page reads the rows here and there (held-rows.ts).
   */
  async stored(): Promise<'device' | 'memory' | 'loading'> {
    if (listing > 0) return 'loading';
    await Promise.allSettled([...storing]);
    return listing > 0 ? 'loading' : (await historyStore()).kind;
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
    unstored.clear();
  },
};

/** What a load hands the page at a time: list rows (the device keeps the history), else whole rows. */
export type RowsForPage = ListSlice | Conversation[];

/** A load's rows are let go once stored; while the device keeps nothing, this worker is where they are. */
async function letGoOnceKept(load: number): Promise<void> {
  if ((await historyStore()).kind === 'device') unstored.release(load);
}

Comlink.expose(api);
