import { queryOptions, skipToken } from '@tanstack/react-query';
import { historyStore } from '../../lib/history/device-store';
import { bucketOf } from '../../lib/history/history-store';
import { isListRow, withWholeRows } from '../../lib/history/whole-rows';
import { isHeld, type Conversation } from '../../model/conversation';

/**
 * The whole row of a list row (see lib/history/list-columns.ts), read back from the device, never asked
 * of the vendor; a disabled query for any other row (it is whole already). The read is the whole rows of
 * the row's day (one IndexedDB record), shared by every list row of that day that needs its whole row:
 * the reading pane, the *Matched text* of the rows on screen. Its messages are null (unknown) when the
 * device no longer holds it (it was cleared meanwhile).
 */
export function wholeRowQuery(conversation: Conversation | null | undefined) {
  const held = conversation && isHeld(conversation.messages) ? conversation.messages : null;
  const bucket = conversation ? bucketOf(conversation.startedAt) : 0;
  return queryOptions({
    queryKey: ['held-day', held?.account ?? '', bucket],
    queryFn: held
      ? async (): Promise<ReadonlyMap<string, Conversation>> =>
          (await historyStore()).rowsOf(held.account, bucket)
      : skipToken,
    select: (day): Conversation | undefined =>
      conversation ? (day.get(conversation.id) ?? { ...conversation, messages: null }) : undefined,
    // What is held does not change under a list row: a refreshed row arrives as a new, whole row.
    staleTime: Infinity,
    // A day's whole rows are megabytes: kept while a row on screen needs them, and half a minute after.
    gcTime: 30_000,
  });
}

/**
 * `rows` with their list rows read back whole (see lib/history/whole-rows.ts), each from the account it
 * was read under: the messages the bench's plain-loop search floor scans (bench-hook.ts).
 */
export async function readBackWholeRows(rows: Conversation[], signal?: AbortSignal): Promise<Conversation[]> {
  if (!rows.some(isListRow)) return rows;
  return withWholeRows(await historyStore(), rows, signal);
}
