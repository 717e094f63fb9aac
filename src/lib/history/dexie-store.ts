import { Dexie, type Table } from 'dexie';
import type { Conversation, TranscriptDetail } from '../../model/conversation';
import {
  bucketOf,
  groupByBucket,
  mergeBucket,
  groupUpdates,
  replaceRows,
  withoutPayload,
  type HistoryAccount,
  type HistoryStore,
} from './history-store';
import { fromColumns, toColumns, type ListColumns } from './list-columns';
import { listWeeks, WEEKS_PER_READ, type ListWeekRow } from './list-weeks';
import type { DaysAhead } from './read-ahead';
import { textsFor, toSearchTexts, type SearchTexts } from './search-texts';
import { replaceSpan, spanHolds, type LoadedSpan, type Span } from './spans';
import { yieldToEventLoop } from '../yield-to-event-loop';

/**
 * The version of what is stored. Raise it whenever the normalized model (src/model) or the way rows are
 * kept changes: a store written under another version is cleared before anything is read from it, so an
 * upgrade never shows half-old rows.
 */
// 2: Social Intents rows credit every agent who wrote (issue 12), so rows stored under 1 are read again.
// 3: vendor payloads kept apart from the rows (the `payloads` table), so rows stored under 2 are read again.
// 4: ImBox details take the visitor's e-mail, phone and (failing a name tag) name from the visitor cards, so
//    details stored under 3 are asked again.
// 5: what the list shows of each day's rows also kept as columns (the `listColumns` table), and what the
//    search box searches in them as strings (the `searchTexts` table), so rows stored under 4, which have
//    neither, are read again.
// 6: the list columns kept a week to a record (the `listWeeks` table), so rows stored under 5 are read again.
export const HISTORY_SCHEMA_VERSION = 6;
export const HISTORY_DB_NAME = 'backscroll-history';

type BucketRow = { account: HistoryAccount; bucket: number; conversations: Conversation[] };
/** A bucket's vendor payloads by conversation id: apart from its rows, read only when someone asks. */
type PayloadsRow = { account: HistoryAccount; bucket: number; payloads: Map<string, unknown> };
/** What the search box searches in a bucket's rows (search-texts.ts), kept beside them. */
type SearchTextsRow = { account: HistoryAccount; bucket: number; texts: SearchTexts };
type SpansRow = { account: HistoryAccount; spans: LoadedSpan[] };
type DetailRow = { account: HistoryAccount; id: string; detail: TranscriptDetail };
type MetaRow = { key: string; value: number };

type HistoryDb = Dexie & {
  buckets: Table<BucketRow, [HistoryAccount, number]>;
  payloads: Table<PayloadsRow, [HistoryAccount, number]>;
  listWeeks: Table<ListWeekRow, [HistoryAccount, number]>;
  searchTexts: Table<SearchTextsRow, [HistoryAccount, number]>;
  spans: Table<SpansRow, HistoryAccount>;
  details: Table<DetailRow, [HistoryAccount, string]>;
  meta: Table<MetaRow, string>;
};

/**
 * Buckets (days) asked of IndexedDB at a time, each in a request of its own: the page deserializes each
 * answer in one task, and a request for two busy days of 100,000 demo conversations took 104–160 ms of
 * one task on a reload (four days, 107–189 ms). One day per request keeps a task about half as long, and
 * asking four at once keeps the round trips as few as before.
 */
const BUCKETS_PER_READ = 4;

export type DexieStoreOptions = {
  name?: string;
  schemaVersion?: number;
  /** For tests in Node (fake-indexeddb); the browser's own otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Days whose list records are read at once, for every account held, as the store opens (read-ahead.ts). */
  readAhead?: DaysAhead | null;
};

/** Opens the device history, clearing it first when it was written under another schema version. */
export async function openDexieStore(options: DexieStoreOptions = {}): Promise<HistoryStore> {
  const schemaVersion = options.schemaVersion ?? HISTORY_SCHEMA_VERSION;
  const db = new Dexie(options.name ?? HISTORY_DB_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as HistoryDb;
  db.version(1).stores({
    buckets: '[account+bucket]',
    spans: 'account',
    details: '[account+id]',
    meta: 'key',
  });
  db.version(2).stores({ payloads: '[account+bucket]' });
  db.version(3).stores({ listColumns: '[account+bucket]', searchTexts: '[account+bucket]' });
  db.version(4).stores({ listColumns: null, listWeeks: '[account+week]' });
  await db.open();
  const held = [db.buckets, db.payloads, db.listWeeks, db.searchTexts, db.spans, db.details];
  const clearHeld = () => Promise.all(held.map((table) => table.clear()));
  await db.transaction('rw', [...held, db.meta], async () => {
    const stored = await db.meta.get('schema');
    if (stored?.value === schemaVersion) return;
    await clearHeld();
    await db.meta.put({ key: 'schema', value: schemaVersion });
  });
  const inBuckets = (account: HistoryAccount, first: number, last: number) =>
    [[account, first], [account, last], true, true] as const;
  const lists = listWeeks(
    db.listWeeks,
    options.readAhead
      ? { accounts: await db.spans.toCollection().primaryKeys(), ...options.readAhead }
      : null,
  );

  return {
    kind: 'device',
    spans: async (account) => (await db.spans.get(account))?.spans ?? [],
    putSpan: async (account, span, rows) => {
      lists.wrote();
      const first = bucketOf(span.start);
      const last = bucketOf(span.end);
      const nextTexts: SearchTextsRow[] = [];
      await db.transaction(
        'rw',
        [db.buckets, db.payloads, db.listWeeks, db.searchTexts, db.spans],
        async () => {
          const grouped = groupByBucket(rows, span);
          const [old, oldPayloads] = await Promise.all([
            db.buckets
              .where('[account+bucket]')
              .between(...inBuckets(account, first, last))
              .toArray(),
            db.payloads
              .where('[account+bucket]')
              .between(...inBuckets(account, first, last))
              .toArray(),
          ]);
          const oldByBucket = new Map(old.map((row) => [row.bucket, row.conversations]));
          const oldPayloadsByBucket = new Map(oldPayloads.map((row) => [row.bucket, row.payloads]));
          const next: BucketRow[] = [];
          const nextPayloads: PayloadsRow[] = [];
          const nextColumns = new Map<number, ListColumns | null>();
          const empty: Array<[HistoryAccount, number]> = [];
          for (let bucket = first; bucket <= last; bucket++) {
            const merged = mergeBucket(oldByBucket.get(bucket) ?? [], span, grouped.get(bucket) ?? []);
            if (merged.length === 0) {
              if (oldByBucket.has(bucket)) {
                empty.push([account, bucket]);
                nextColumns.set(bucket, null);
              }
              continue;
            }
            const payloads = new Map<string, unknown>();
            const oldBucketPayloads = oldPayloadsByBucket.get(bucket);
            for (const row of merged) {
              const payload = row.raw !== undefined ? row.raw : oldBucketPayloads?.get(row.id);
              if (payload !== undefined) payloads.set(row.id, payload);
            }
            next.push({ account, bucket, conversations: merged.map(withoutPayload) });
            nextPayloads.push({ account, bucket, payloads });
            nextColumns.set(bucket, toColumns(merged));
            nextTexts.push({ account, bucket, texts: toSearchTexts(merged) });
          }
          await Promise.all([
            db.buckets.bulkPut(next),
            db.payloads.bulkPut(nextPayloads),
            lists.putDays(account, nextColumns),
            db.searchTexts
              .where('[account+bucket]')
              .between(...inBuckets(account, first, last))
              .delete(),
            db.buckets.bulkDelete(empty),
            db.payloads.bulkDelete(empty),
          ]);
          const heldSpans = (await db.spans.get(account))?.spans ?? [];
          await db.spans.put({ account, spans: replaceSpan(heldSpans, span) });
        },
      );
      // The search texts follow in a transaction of their own: in the first they made storing a 90-day
      // load take about twice as long, and the span counts as held once its rows are. Until they are in
      // (or if the tab closes first), `searchTextsOf` answers from the rows. A day whose rows changed
      // meanwhile (`updateRows`) has newer texts already, and keeps them.
      await db.transaction('rw', [db.searchTexts], async () => {
        const written = await db.searchTexts
          .where('[account+bucket]')
          .between(...inBuckets(account, first, last))
          .primaryKeys();
        const newer = new Set(written.map(([, bucket]) => bucket));
        await db.searchTexts.bulkPut(nextTexts.filter((row) => !newer.has(row.bucket)));
      });
    },
    read: (account, range, onRows) =>
      readNewestFirst(range, onRows, {
        days: 1,
        perRead: BUCKETS_PER_READ,
        read: async (buckets) =>
          (await db.buckets.bulkGet(buckets.map((bucket) => [account, bucket]))).map(
            (held) => held && new Map([[held.bucket, held.conversations]]),
          ),
        rowsOf: (conversations) => conversations,
      }),
    readList: (account, range, onRows) =>
      readNewestFirst(range, onRows, {
        days: 7,
        perRead: WEEKS_PER_READ,
        read: async (weeks) => (await lists.read(account, weeks)).map((held) => held?.days),
        rowsOf: (columns) => fromColumns(columns, account),
      }),
    rowsOf: async (account, bucket, ids) => {
      const found = new Map<string, Conversation>();
      for (const row of (await db.buckets.get([account, bucket]))?.conversations ?? [])
        if (!ids || ids.has(row.id)) found.set(row.id, row);
      return found;
    },
    searchTextsOf: async (account, bucket, ids) => {
      const held = await db.searchTexts.get([account, bucket]);
      if (held) return textsFor(held.texts, ids);
      // Not written yet (see `putSpan`): the day's rows answer, a slower read.
      const rows = (await db.buckets.get([account, bucket]))?.conversations ?? [];
      return textsFor(toSearchTexts(rows.filter((row) => ids.has(row.id))), ids);
    },
    payloads: async (account, bucket, ids) => {
      const held = (await db.payloads.get([account, bucket]))?.payloads;
      const found = new Map<string, unknown>();
      for (const id of ids) if (held?.has(id)) found.set(id, held.get(id));
      return found;
    },
    details: async (account, ids) => {
      // One request for the account's held keys, then gets for those asked that are held: a get per id
      // asked cost about 1.3 s of the worker for the 25,000 rows of a first ImBox load, which holds none.
      const heldKeys = await db.details
        .where('[account+id]')
        .between([account, Dexie.minKey], [account, Dexie.maxKey], true, true)
        .primaryKeys();
      const heldIds = new Set(heldKeys.map(([, id]) => id));
      const wanted = ids.filter((id) => heldIds.has(id));
      if (wanted.length === 0) return new Map();
      const found = await db.details.bulkGet(wanted.map((id): [HistoryAccount, string] => [account, id]));
      const byId = new Map<string, TranscriptDetail>();
      for (const row of found) if (row) byId.set(row.id, row.detail);
      return byId;
    },
    putDetail: async (account, id, detail) => {
      await db.details.put({ account, id, detail });
    },
    updateRows: (account, rows) => {
      lists.wrote();
      return db.transaction('rw', [db.buckets, db.payloads, db.listWeeks, db.searchTexts], async () => {
        const listDays = new Map<number, ListColumns>();
        for (const [bucket, updates] of groupUpdates(rows)) {
          const held = await db.buckets.get([account, bucket]);
          const replaced = held ? replaceRows(held.conversations, updates) : null;
          if (!replaced) continue;
          await db.buckets.put({ account, bucket, conversations: replaced.map(withoutPayload) });
          listDays.set(bucket, toColumns(replaced));
          await db.searchTexts.put({ account, bucket, texts: toSearchTexts(replaced) });
          // Rows from the page carry no payload and keep the one held; a row that brings one replaces it.
          const newPayloads = [...updates.values()].filter((row) => row.raw !== undefined);
          if (newPayloads.length === 0) continue;
          const heldIds = new Set(held?.conversations.map((row) => row.id));
          const payloads = (await db.payloads.get([account, bucket]))?.payloads ?? new Map<string, unknown>();
          for (const row of newPayloads) if (heldIds.has(row.id)) payloads.set(row.id, row.raw);
          await db.payloads.put({ account, bucket, payloads });
        }
        await lists.putDays(account, listDays);
      });
    },
    clear: () => {
      lists.wrote();
      return db.transaction('rw', held, async () => {
        await clearHeld();
      });
    },
  };
}

/** How `readNewestFirst` reads: records of `days` days each, `perRead` records at a time. */
type Records<Day> = {
  days: number;
  perRead: number;
  /** The records asked (numbered from the epoch's, `days` days each), each a day's held value by day. */
  read: (records: number[]) => Promise<Array<ReadonlyMap<number, Day> | undefined>>;
  /** A day's rows from its held value, made only for the days asked. */
  rowsOf: (day: Day) => ReadonlyArray<Conversation>;
};

/**
 * Every row of the records `read` (the rows of their days) that started within `range`, newest
 * record first, a few records at a time, each part handed to `onRows` as it is read.
 */
async function readNewestFirst<Day>(
  range: Span,
  onRows: ((rows: ReadonlyArray<Conversation>) => void) | undefined,
  { days, perRead, read, rowsOf }: Records<Day>,
): Promise<Conversation[]> {
  const rows: Conversation[] = [];
  const firstDay = bucketOf(range.start);
  const lastDay = bucketOf(range.end);
  const first = Math.floor(firstDay / days);
  for (let high = Math.floor(lastDay / days); high >= first; high -= perRead) {
    const records: number[] = [];
    for (let record = high; record > high - perRead && record >= first; record--) records.push(record);
    // One `get` per record (Dexie's bulkGet), each answered in a task of its own.
    const part = await read(records);
    const before = rows.length;
    for (const byDay of part) {
      if (!byDay) continue;
      for (const [day, held] of [...byDay].sort(([a], [b]) => b - a)) {
        if (day < firstDay || day > lastDay) continue;
        for (const row of rowsOf(held)) if (spanHolds(range, row.startedAt)) rows.push(row);
      }
    }
    if (onRows && rows.length > before) onRows(rows.slice(before));
    // Records read ahead are all there at once: without this, every part would be made in one task.
    if (high - perRead >= first) await yieldToEventLoop();
  }
  return rows;
}
