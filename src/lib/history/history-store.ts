import type { Conversation, TranscriptDetail } from '../../model/conversation';
import type { LoadedSpan, Span } from './spans';

/**
 * Whose history: `${vendor}:${account fingerprint}` (the fingerprint comes from `GET /api/vendors`). Every
 * read and write names one, so rows stored for one account are never read under another.
 */
export type HistoryAccount = string;

export function historyAccount(vendor: string, fingerprint: string): HistoryAccount {
  return `${vendor}:${fingerprint}`;
}

/** The local history: conversations by the time they started, the spans they were loaded for, details. */
export type HistoryStore = {
  /** `device` keeps across reloads (IndexedDB); `memory` is lost with the tab. */
  readonly kind: 'device' | 'memory';
  spans: (account: HistoryAccount) => Promise<LoadedSpan[]>;
  /**
   * Records that `span` was loaded: `rows` (the vendor's answer for exactly that time) replace whatever was
   * held for it, so a conversation the vendor no longer lists disappears too.
   */
  putSpan: (account: HistoryAccount, span: LoadedSpan, rows: ReadonlyArray<Conversation>) => Promise<void>;
  /**
   * Every held conversation that started within `range`, newest first. The device store answers them
   * without the vendor's payload (`raw` undefined): it keeps payloads apart, since they are about half of
   * a row's size and reading them made every load from the device more than twice as slow. `payloads`
   * reads them back. `onRows` hears each part as it is read (a few days at a time), for a list that
   * shows rows before all are read.
   */
  read: (
    account: HistoryAccount,
    range: Span,
    onRows?: (rows: ReadonlyArray<Conversation>) => void,
  ) => Promise<Conversation[]>;
  /**
   * As `read`, but *list rows*: what the list shows of each row (lib/history/list-columns.ts), which the
   * device store reads in a fraction of the time; `messages` is `held` where the whole row has them. The
   * memory store answers whole rows. `rowsOf` reads the whole rows back.
   */
  readList: (
    account: HistoryAccount,
    range: Span,
    onRows?: (rows: ReadonlyArray<Conversation>) => void,
  ) => Promise<Conversation[]>;
  /**
   * The whole rows held for `ids` (every row when none is named) in one bucket (see `bucketOf`), by id;
   * those not held are absent.
   */
  rowsOf: (
    account: HistoryAccount,
    bucket: number,
    ids?: ReadonlySet<string>,
  ) => Promise<Map<string, Conversation>>;
  /**
   * What the search box searches in the rows `ids` of one bucket (lib/search/searchable-text.ts), by id:
   * the search worker reads these for the list rows a reload gave the page, never the whole rows.
   */
  searchTextsOf: (
    account: HistoryAccount,
    bucket: number,
    ids: ReadonlySet<string>,
  ) => Promise<Map<string, string>>;
  /** The vendor payloads held for the rows `ids` of one bucket (see `bucketOf`), by id. */
  payloads: (
    account: HistoryAccount,
    bucket: number,
    ids: ReadonlySet<string>,
  ) => Promise<Map<string, unknown>>;
  details: (account: HistoryAccount, ids: ReadonlyArray<string>) => Promise<Map<string, TranscriptDetail>>;
  putDetail: (account: HistoryAccount, id: string, detail: TranscriptDetail) => Promise<void>;
  /** Replaces held rows by id (a row that gained its details); rows not held are ignored. */
  updateRows: (account: HistoryAccount, rows: ReadonlyArray<Conversation>) => Promise<void>;
  clear: () => Promise<void>;
};

export const DAY_MS = 86_400_000;

/** Conversations are kept in buckets of one UTC day: reads and writes move a day's rows at a time. */
export function bucketOf(instant: number): number {
  return Math.floor(instant / DAY_MS);
}

export const newestFirst = (a: Conversation, b: Conversation) => b.startedAt - a.startedAt;

/** A bucket's rows after `span` was reloaded with `rows`: the old ones outside the span, then the new. */
export function mergeBucket(
  old: ReadonlyArray<Conversation>,
  span: Span,
  rows: ReadonlyArray<Conversation>,
): Conversation[] {
  const kept = old.filter((row) => row.startedAt < span.start || row.startedAt > span.end);
  return [...kept, ...rows].sort(newestFirst);
}

/** `rows` inside `span`, grouped by bucket. */
export function groupByBucket(rows: ReadonlyArray<Conversation>, span: Span): Map<number, Conversation[]> {
  const buckets = new Map<number, Conversation[]>();
  for (const row of rows) {
    if (row.startedAt < span.start || row.startedAt > span.end) continue;
    const bucket = bucketOf(row.startedAt);
    const list = buckets.get(bucket);
    if (list) list.push(row);
    else buckets.set(bucket, [row]);
  }
  return buckets;
}

/**
 * `old` with each row whose id is in `updates` replaced; null when none is. An update without the
 * vendor's payload (the page's rows carry none, see history-worker.ts) keeps the payload held.
 */
export function replaceRows(
  old: ReadonlyArray<Conversation>,
  updates: ReadonlyMap<string, Conversation>,
): Conversation[] | null {
  let changed = false;
  const next = old.map((row) => {
    const update = updates.get(row.id);
    if (!update) return row;
    changed = true;
    return update.raw === undefined ? { ...update, raw: row.raw } : update;
  });
  return changed ? next : null;
}

/** A row as the device keeps it, without the vendor payload (held apart, see `HistoryStore.read`). */
export function withoutPayload(row: Conversation): Conversation {
  return row.raw === undefined ? row : { ...row, raw: undefined };
}

/** Rows by bucket, then by id: what `updateRows` touches. */
export function groupUpdates(rows: ReadonlyArray<Conversation>): Map<number, Map<string, Conversation>> {
  const grouped = new Map<number, Map<string, Conversation>>();
  for (const row of rows) {
    const bucket = bucketOf(row.startedAt);
    let updates = grouped.get(bucket);
    if (!updates) grouped.set(bucket, (updates = new Map()));
    updates.set(row.id, row);
  }
  return grouped;
}
