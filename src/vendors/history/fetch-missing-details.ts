import { applyTranscriptDetail } from '../../lib/apply-transcript-detail';
import { mapWithConcurrency } from '../../lib/concurrency';
import type { HistoryAccount, HistoryStore } from '../../lib/history/history-store';
import { whenVisible } from '../../lib/history/when-visible';
import { isVendorError } from '../../lib/vendor-error';
import type { Conversation, TranscriptDetail } from '../../model/conversation';

export type MissingDetails = {
  /** Rows of a vendor whose list carries no messages (ImBox); those still without them are fetched. */
  rows: ReadonlyArray<Conversation>;
  fetchDetail: (row: Conversation, signal: AbortSignal) => Promise<TranscriptDetail>;
  store: HistoryStore;
  account: HistoryAccount;
  signal: AbortSignal;
  concurrency?: number;
  onProgress: (done: number, total: number) => void;
  /** Rows that gained their details, in batches (about one a second), to show them as they arrive. */
  onRows: (rows: Conversation[]) => void;
  flushEveryMs?: number;
  /** Resolves when background work may go on (default: while the tab is visible). */
  whenAllowed?: (signal: AbortSignal) => Promise<void>;
};

/**
 * Fetches, in the background, the details (visitor, tags, transcript) of every row that lacks them, a few
 * at a time, waiting while the tab is hidden. Each is kept in the history, and the rows are updated there
 * too, so the next load shows the visitors' names without asking again. A detail that fails is skipped:
 * the reading pane asks again (with its own error and Retry) when that conversation is opened.
 */
export async function fetchMissingDetails(options: MissingDetails): Promise<void> {
  const { store, account, signal, onProgress, onRows } = options;
  const missing = options.rows.filter((row) => row.messages === null);
  if (missing.length === 0) return;
  const flushEveryMs = options.flushEveryMs ?? 1000;
  let pending: Conversation[] = [];
  let flushedAt = Date.now();
  let done = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    flushedAt = Date.now();
    onRows(batch);
    await store.updateRows(account, batch);
  };
  onProgress(0, missing.length);
  await mapWithConcurrency(missing, options.concurrency ?? 4, async (row) => {
    await (options.whenAllowed ?? whenVisible)(signal);
    signal.throwIfAborted();
    try {
      // Awaited first: `pending` is swapped by a flush meanwhile, and push must reach the current array.
      const detail = await options.fetchDetail(row, signal);
      pending.push(applyTranscriptDetail(row, detail));
    } catch (error) {
      signal.throwIfAborted();
      // Without a session every other detail would be refused too: this walker stops (each of the few
      // stops at its first refusal), and the page learns why from its own next request.
      if (isVendorError(error) && error.code === 'unauthenticated') throw error;
    }
    done += 1;
    onProgress(done, missing.length);
    if (Date.now() - flushedAt >= flushEveryMs) await flush();
  });
  await flush();
}
