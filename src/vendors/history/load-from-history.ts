import type { QueryClient } from '@tanstack/react-query';
import type { DayRange } from '../../lib/date-range';
import { coveringDays } from '../../lib/history/covering-days';
import { tellOtherTabs, withAccountLock } from '../../lib/history/cross-tab';
import type { HistoryAccount, HistoryStore } from '../../lib/history/history-store';
import { lastLoadedAt, spansToLoad } from '../../lib/history/refresh-policy';
import type { Span } from '../../lib/history/spans';
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
};

export type HistoryResult = { conversations: Conversation[]; loadedAt: number | null; asked: Span[] };

/**
 * The range's conversations from the local history, asking the vendor only for the spans it lacks (or
 * holds from a load that may be out of date, see lib/history/refresh-policy). Spans are loaded under the
 * account's Web Lock, so a second tab waits and then finds them held instead of asking again.
 */
export async function loadFromHistory(load: HistoryLoad): Promise<HistoryResult> {
  const { adapter, store, account, range, client, signal } = load;
  const now = load.now ?? Date.now;
  const wanted: Span = { start: range.start, end: range.end };
  const toLoad = async () => (load.force ? [wanted] : spansToLoad(wanted, await store.spans(account), now()));
  let asked: Span[] = [];
  if ((await toLoad()).length > 0) {
    asked = await withAccountLock(account, async () => {
      // Another tab may have loaded some of it while this one waited for the lock.
      const missing = await toLoad();
      for (const span of missing) {
        const loadedAt = now();
        const answered = await adapter.fetchRange(coveringDays(span, range.timeZone), { signal, client });
        const inSpan = answered.filter((row) => row.startedAt >= span.start && row.startedAt <= span.end);
        const rows = load.prepare ? await load.prepare(inSpan) : inSpan;
        await store.putSpan(account, { ...span, loadedAt }, rows);
      }
      return missing;
    });
    if (asked.length > 0) tellOtherTabs({ type: 'spans-landed', account });
  }
  const [conversations, held] = await Promise.all([store.read(account, wanted), store.spans(account)]);
  return { conversations, loadedAt: lastLoadedAt(wanted, held), asked };
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
