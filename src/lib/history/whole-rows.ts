import { isHeld, type Conversation } from '../../model/conversation';
import { mapWithConcurrency } from '../concurrency';
import { bucketOf, type HistoryAccount, type HistoryStore } from './history-store';

/** Days read at once: each is one IndexedDB request, answered (and deserialized) in a task of its own. */
const BUCKETS_IN_FLIGHT = 4;

/** Whole rows read back by conversation key; null where the device no longer holds one (it was cleared). */
export type WholeRows = ReadonlyMap<string, Conversation | null>;

/**
 * Whether a row is a *list row* (read from the device's list columns, see list-columns.ts): its messages,
 * and what the list does not show, are still on the device.
 */
export function isListRow(conversation: Pick<Conversation, 'messages'>): boolean {
  return isHeld(conversation.messages);
}

/**
 * The whole rows the device holds for the list rows among `rows`, each from the account it was read
 * under, a few days at a time.
 */
export async function readWholeRows(
  store: Pick<HistoryStore, 'rowsOf'>,
  rows: ReadonlyArray<Conversation>,
  signal?: AbortSignal,
): Promise<WholeRows> {
  const parts = new Map<string, { account: HistoryAccount; bucket: number; keys: Map<string, string> }>();
  const found = new Map<string, Conversation | null>();
  for (const row of rows) {
    const { messages } = row;
    if (!isHeld(messages)) continue;
    found.set(row.key, null);
    const { account } = messages;
    const bucket = bucketOf(row.startedAt);
    const partKey = `${account}\u0000${bucket}`;
    let part = parts.get(partKey);
    if (!part) parts.set(partKey, (part = { account, bucket, keys: new Map() }));
    part.keys.set(row.id, row.key);
  }
  await mapWithConcurrency([...parts.values()], BUCKETS_IN_FLIGHT, async (part) => {
    signal?.throwIfAborted();
    const held = await store.rowsOf(part.account, part.bucket, new Set(part.keys.keys()));
    for (const [id, row] of held) {
      const key = part.keys.get(id);
      if (key !== undefined) found.set(key, row);
    }
  });
  return found;
}

/**
 * `rows` with the whole rows read back in place of their list rows, the same array when none is; a list
 * row whose whole row the device no longer has keeps what it showed, its messages unknown (`null`), never
 * an empty transcript.
 */
export function foldWholeRows(rows: Conversation[], read: WholeRows): Conversation[] {
  let changed = false;
  const folded = rows.map((row) => {
    if (!isListRow(row) || !read.has(row.key)) return row;
    changed = true;
    const whole = read.get(row.key);
    if (!whole) return { ...row, messages: null };
    // A vendor payload read back for the row (JSON Lines with payloads) stays with it.
    return row.raw !== undefined && whole.raw === undefined ? { ...whole, raw: row.raw } : whole;
  });
  return changed ? folded : rows;
}

/** `rows` with their list rows read back whole from the device (see `readWholeRows`). */
export async function withWholeRows(
  store: Pick<HistoryStore, 'rowsOf'>,
  rows: Conversation[],
  signal?: AbortSignal,
): Promise<Conversation[]> {
  if (!rows.some(isListRow)) return rows;
  return foldWholeRows(rows, await readWholeRows(store, rows, signal));
}

/** One row wanted whole: where the device keeps it. */
export type WantedRow = { account: HistoryAccount; bucket: number; id: string };

/** Where the device keeps a list row's whole row. */
export function wantedRow(row: Conversation): WantedRow | null {
  const { messages } = row;
  return isHeld(messages) ? { account: messages.account, bucket: bucketOf(row.startedAt), id: row.id } : null;
}

/** One day of one account's rows on the device (one record). */
export type HeldDay = Pick<WantedRow, 'account' | 'bucket'>;

export const heldDayKey = (day: HeldDay): string => `${day.account}\u0000${day.bucket}`;

/**
 * A reader of whole rows that keeps every day it has read until told to `forget` it: each day is read
 * once however the rows asked are ordered (an export sorted by visitor asks for rows of every day in
 * every window). `read` answers each row asked, in order; null where the device no longer holds it.
 */
export type HeldDaysReader = {
  read: (wanted: ReadonlyArray<WantedRow>) => Promise<Array<Conversation | null>>;
  /** Lets go of days no row still to be asked needs. */
  forget: (days: ReadonlyArray<HeldDay>) => void;
};

export function heldDaysReader(store: Pick<HistoryStore, 'rowsOf'>): HeldDaysReader {
  const days = new Map<string, Promise<Map<string, Conversation>>>();
  return {
    read: async (wanted) => {
      const unread = new Map<string, WantedRow>();
      for (const row of wanted) if (!days.has(heldDayKey(row))) unread.set(heldDayKey(row), row);
      await mapWithConcurrency([...unread], BUCKETS_IN_FLIGHT, async ([key, row]) => {
        const day = store.rowsOf(row.account, row.bucket);
        days.set(key, day);
        await day;
      });
      return Promise.all(wanted.map(async (row) => (await days.get(heldDayKey(row)))?.get(row.id) ?? null));
    },
    forget: (done) => {
      for (const day of done) days.delete(heldDayKey(day));
    },
  };
}

/**
 * Reads windows of rows whole, keeping every day it has read (see `heldDaysReader`): what an export
 * writes, a window at a time, in whatever order the view is sorted. Dropped with the reader.
 */
export function wholeRowsKeepingDays(
  store: Pick<HistoryStore, 'rowsOf'>,
): (window: Conversation[]) => Promise<Conversation[]> {
  const { read } = heldDaysReader(store);
  return async (window) => {
    const listRows = window.filter(isListRow);
    if (listRows.length === 0) return window;
    const whole = await read(listRows.map((row) => wantedRow(row)).filter((row) => row !== null));
    return foldWholeRows(window, new Map(listRows.map((row, index) => [row.key, whole[index] ?? null])));
  };
}
