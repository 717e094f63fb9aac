/// <reference lib="webworker" />
import { QueryClient } from '@tanstack/react-query';
import * as Comlink from 'comlink';
import { adoptTabId } from '../../lib/history/cross-tab';
import { getStorageStatus, subscribe as onStorageStatus } from '../../lib/history/storage-status';
import { forwardProgress, type LoadProgress } from '../../lib/progress-store';
import type { Conversation, VendorId } from '../../model/conversation';
import { loadVendorHistory, type VendorHistoryRequest } from './load-vendor-history';

/**
 * The history worker: every vendor list load that goes through the local history runs here, so fetching
 * the pages, parsing them (JSON and zod), normalizing, merging with what is held and writing IndexedDB
 * never hold the page's main thread. The page gets the rows back in slices (one short structured-clone
 * each) and the adapters' page progress as it happens.
 */
export type HistoryWorkerApi = typeof api;

export type PageLink = {
  tabId: string;
  onProgress: (vendor: VendorId, value: LoadProgress | null) => void;
  onStorageProblem: (problem: string) => void;
};

/** Rows per message to the page: small enough that unpacking one never holds the page for long. */
const ROWS_PER_SLICE = 1000;

// The worker's own cache: what adapters look up once per load (ImBox agents, /api/vendors for SnapEngage).
const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
const running = new Map<number, AbortController>();
const storing = new Set<Promise<void>>();

const api = {
  link(page: PageLink): void {
    adoptTabId(page.tabId);
    forwardProgress((vendor, value) => void page.onProgress(vendor, value));
    onStorageStatus(() => {
      const status = getStorageStatus();
      if (status.kind === 'memory' && status.problem !== null) void page.onStorageProblem(status.problem);
    });
  },

  async load(
    id: number,
    request: VendorHistoryRequest,
    onRows: (rows: Conversation[]) => Promise<void>,
  ): Promise<{ unreadable: number; loadedAt: number | null | undefined }> {
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const result = await loadVendorHistory(request, { signal: controller.signal, client });
      const stored = result.stored.finally(() => storing.delete(stored));
      storing.add(stored);
      for (let start = 0; start < result.conversations.length; start += ROWS_PER_SLICE) {
        controller.signal.throwIfAborted();
        await onRows(result.conversations.slice(start, start + ROWS_PER_SLICE));
      }
      return { unreadable: result.unreadable, loadedAt: result.loadedAt };
    } finally {
      running.delete(id);
    }
  },

  cancel(id: number): void {
    running.get(id)?.abort(new DOMException('The list load was cancelled.', 'AbortError'));
  },

  /** Before the history is cleared: stops every load and waits for the writes already started. */
  async settle(): Promise<void> {
    for (const controller of running.values())
      controller.abort(new DOMException('The history is being cleared.', 'AbortError'));
    await Promise.allSettled([...storing]);
  },
};

Comlink.expose(api);
