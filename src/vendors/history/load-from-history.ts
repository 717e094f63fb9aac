import type { QueryClient } from '@tanstack/react-query';
import type { DayRange } from '../../lib/date-range';
import { coveringDays } from '../../lib/history/covering-days';
import { tellOtherTabs, withAccountLock } from '../../lib/history/cross-tab';
import { newestFirst, type HistoryAccount, type HistoryStore } from '../../lib/history/history-store';
import { lastLoadedAt, spansToLoad } from '../../lib/history/refresh-policy';
import { spanHolds, subtractSpans, type Span } from '../../lib/history/spans';
import { whenNoListIsUnderWay, whileAsking } from '../../lib/history/writes-after-asks';
import type { Conversation } from '../../model/conversation';
import type { VendorAdapter } from '../types';

export type HistoryLoad = {
  adapter: Pick<VendorAdapter, 'id' | 'fetchRange'>;
  store: HistoryStore;
  account: HistoryAccount;
  range: DayRange;
  client: QueryClient;
  signal: AbortSignal;
  /** Ask the whole range again, held or not (the Refresh control). */
  force?: boolean;
  now?: () => number;
  /** Rows just loaded, before they are stored (ImBox folds in the details it already holds). */
  prepare?: (rows: Conversation[]) => Promise<Conversation[]>;
  /** Parts of the range the caller has already read from the history itself: not read again here. */
  alreadyRead?: ReadonlyArray<Span>;
  /**
   * Hears the rows asked of the vendor as its pages are read (see `FetchRangeOptions.onRows`), before
   * they are prepared: for showing them before the list is whole, which the result alone says.
   */
  onRows?: (rows: ReadonlyArray<Conversation>) => void;
};

export type HistoryResult = {
  conversations: Conversation[];
  /**
   * Items the vendor sent in the spans asked now that could not be read: they are not stored, so a later
   * load from the history has none to count (the status said so when they arrived).
   */
  unreadable: number;
  loadedAt: number | null;
  asked: Span[];
  /** Settles once what was asked is stored (the rows are answered before that). */
  stored: Promise<void>;
};

/**
 * The range's conversations from the local history, asking the vendor only for the spans it lacks (or
 * holds from a load that may be out of date, see lib/history/refresh-policy). Spans are loaded under the
 * account's Web Lock, so a second tab waits and then finds them held instead of asking again. The rows
 * are answered as soon as the vendor has; storing them goes on behind (still under the lock), once no
 * other vendor is being asked (writes-after-asks.ts).
 */
export async function loadFromHistory(load: HistoryLoad): Promise<HistoryResult> {
  const { adapter, store, account, range, client, signal } = load;
  const now = load.now ?? Date.now;
  const wanted: Span = { start: range.start, end: range.end };
  const toLoad = async () => (load.force ? [wanted] : spansToLoad(wanted, await store.spans(account), now()));
  const readHeld = (parts: ReadonlyArray<Span>) =>
    Promise.all(
      parts
        .flatMap((part) => subtractSpans(part, load.alreadyRead ?? []))
        .map((part) => store.read(account, part)),
    ).then((read) => read.flat());
  if ((await toLoad()).length === 0) {
    const [conversations, held] = await Promise.all([readHeld([wanted]), store.spans(account)]);
    return {
      conversations,
      unreadable: 0,
      loadedAt: lastLoadedAt(wanted, held),
      asked: [],
      stored: Promise.resolve(),
    };
  }
  return new Promise<HistoryResult>((resolve, reject) => {
    const locked = withAccountLock(account, async () => {
      // Another tab may have loaded some of it while this one waited for the lock.
      const missing = await toLoad();
      const heldParts = subtractSpans(wanted, missing);
      // Read what is held before anything is written: IndexedDB would queue the read behind the writes.
      const heldRows = readHeld(heldParts);
      heldRows.catch(() => {});
      const fetched: Array<{ span: Span; loadedAt: number; rows: Conversation[] }> = [];
      let unreadable = 0;
      const { onRows } = load;
      for (const span of missing) {
        const loadedAt = now();
        // The vendor widens the days by its own margin: only the span's rows are heard and kept.
        const inSpan = (rows: ReadonlyArray<Conversation>) =>
          rows.filter((row) => spanHolds(span, row.startedAt));
        const answered = await whileAsking(() =>
          adapter.fetchRange(coveringDays(span, range.timeZone), {
            signal,
            client,
            ...(onRows && {
              onRows: (rows: ReadonlyArray<Conversation>) => {
                const heard = inSpan(rows);
                if (heard.length > 0) onRows(heard);
              },
            }),
          }),
        );
        unreadable += answered.unreadable;
        const rows = inSpan(answered.conversations);
        fetched.push({ span, loadedAt, rows: load.prepare ? await load.prepare(rows) : rows });
      }
      const conversations = [...(await heldRows), ...fetched.flatMap((part) => part.rows)].sort(newestFirst);
      let markStored = () => {};
      const stored = new Promise<void>((done) => (markStored = done));
      resolve({
        conversations,
        unreadable,
        loadedAt:
          fetched.length > 0
            ? Math.max(...fetched.map((part) => part.loadedAt))
            : lastLoadedAt(wanted, await store.spans(account)),
        asked: missing,
        stored,
      });
      try {
        // Still under the lock: another tab waits for these spans rather than asking for them too.
        await whenNoListIsUnderWay();
        for (const part of fetched)
          await store.putSpan(account, { ...part.span, loadedAt: part.loadedAt }, part.rows);
        if (fetched.length > 0) tellOtherTabs({ type: 'spans-landed', account });
      } finally {
        markStored();
      }
    });
    locked.catch(reject);
  });
}

/** True when `range` can be answered from the history without asking the vendor anything. */
export async function holdsRange(
  store: HistoryStore,
  account: HistoryAccount,
  range: DayRange,
  now: number,
): Promise<boolean> {
  return spansToLoad({ start: range.start, end: range.end }, await store.spans(account), now).length === 0;
}
