import { queryOptions, skipToken } from '@tanstack/react-query';
import { bucketOf } from '../../lib/history/history-store';
import { isListRow, withWholeRows } from '../../lib/history/whole-rows';
import { isHeld, type Conversation } from '../../model/conversation';
import { heldDay, heldRows } from './held-rows';

type HeldDay = Awaited<ReturnType<typeof heldDay>>;

/**
 * The whole row of a list row (see lib/history/list-columns.ts), read back from the device, or from the
 * history worker while it has not stored it yet (held-rows.ts), never asked of the vendor; a disabled query
 * for any other row (it is whole already). The read is the whole rows of the row's day (one IndexedDB
 * record), shared by every list row of that day that needs its whole row: the reading pane, the *Matched
 * text* of the rows on screen. Its messages are null (unknown) when the device no longer holds it (it was
 * cleared meanwhile).
 */
export function wholeRowQuery(conversation: Conversation | null | undefined) {
  const held = conversation && isHeld(conversation.messages) ? conversation.messages : null;
  const bucket = conversation ? bucketOf(conversation.startedAt) : 0;
  return queryOptions({
    queryKey: ['held-day', held?.account ?? '', bucket],
    queryFn: held ? async (): Promise<HeldDay> => heldDay(held.account, bucket) : skipToken,
    select: (day): Conversation | undefined => {
      if (!conversation) return undefined;
      const whole = day.rows.get(conversation.id);
      if (whole) return whole;
      // Read while a load was still sending that day's rows: this one came after, and is read again.
      return day.partlyUnstored ? undefined : { ...conversation, messages: null };
    },
    // What is held does not change under a list row: a refreshed row arrives as a new, whole row. A day read
    // while some of its rows were still on their way to the device is read again by the next row wanting it.
    staleTime: (query) => (query.state.data?.partlyUnstored ? 0 : Infinity),
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
  return withWholeRows(heldRows, rows, signal);
}
