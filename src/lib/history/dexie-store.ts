import { Dexie, type Table } from 'dexie';
import type { Conversation, TranscriptDetail } from '../../model/conversation';
import {
  bucketOf,
  groupByBucket,
  mergeBucket,
  groupUpdates,
  replaceRows,
  type HistoryAccount,
  type HistoryStore,
} from './history-store';
import { replaceSpan, type LoadedSpan } from './spans';

/**
 * The version of what is stored. Raise it whenever the normalized model (src/model) or the way rows are
 * kept changes: a store written under another version is cleared before anything is read from it, so an
 * upgrade never shows half-old rows.
 */
// 2: Social Intents rows credit every agent who wrote (issue 12), so rows stored under 1 are read again.
export const HISTORY_SCHEMA_VERSION = 2;
export const HISTORY_DB_NAME = 'backscroll-history';

type BucketRow = { account: HistoryAccount; bucket: number; conversations: Conversation[] };
type SpansRow = { account: HistoryAccount; spans: LoadedSpan[] };
type DetailRow = { account: HistoryAccount; id: string; detail: TranscriptDetail };
type MetaRow = { key: string; value: number };

type HistoryDb = Dexie & {
  buckets: Table<BucketRow, [HistoryAccount, number]>;
  spans: Table<SpansRow, HistoryAccount>;
  details: Table<DetailRow, [HistoryAccount, string]>;
  meta: Table<MetaRow, string>;
};

/** Rows read per IndexedDB request: small enough that no single read holds the main thread long. */
const BUCKETS_PER_READ = 4;

export type DexieStoreOptions = {
  name?: string;
  schemaVersion?: number;
  /** For tests in Node (fake-indexeddb); the browser's own otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
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
  await db.open();
  await db.transaction('rw', [db.buckets, db.spans, db.details, db.meta], async () => {
    const stored = await db.meta.get('schema');
    if (stored?.value === schemaVersion) return;
    await Promise.all([db.buckets.clear(), db.spans.clear(), db.details.clear()]);
    await db.meta.put({ key: 'schema', value: schemaVersion });
  });

  return {
    kind: 'device',
    spans: async (account) => (await db.spans.get(account))?.spans ?? [],
    putSpan: (account, span, rows) =>
      db.transaction('rw', [db.buckets, db.spans], async () => {
        const grouped = groupByBucket(rows, span);
        const first = bucketOf(span.start);
        const last = bucketOf(span.end);
        const old = await db.buckets
          .where('[account+bucket]')
          .between([account, first], [account, last], true, true)
          .toArray();
        const oldByBucket = new Map(old.map((row) => [row.bucket, row.conversations]));
        const next: BucketRow[] = [];
        const empty: Array<[HistoryAccount, number]> = [];
        for (let bucket = first; bucket <= last; bucket++) {
          const merged = mergeBucket(oldByBucket.get(bucket) ?? [], span, grouped.get(bucket) ?? []);
          if (merged.length > 0) next.push({ account, bucket, conversations: merged });
          else if (oldByBucket.has(bucket)) empty.push([account, bucket]);
        }
        await db.buckets.bulkPut(next);
        await db.buckets.bulkDelete(empty);
        const held = (await db.spans.get(account))?.spans ?? [];
        await db.spans.put({ account, spans: replaceSpan(held, span) });
      }),
    read: async (account, range) => {
      const rows: Conversation[] = [];
      for (let high = bucketOf(range.end); high >= bucketOf(range.start); high -= BUCKETS_PER_READ) {
        const low = Math.max(bucketOf(range.start), high - BUCKETS_PER_READ + 1);
        const part = await db.buckets
          .where('[account+bucket]')
          .between([account, low], [account, high], true, true)
          .reverse()
          .toArray();
        for (const bucket of part) {
          for (const row of bucket.conversations) {
            if (row.startedAt >= range.start && row.startedAt <= range.end) rows.push(row);
          }
        }
      }
      return rows;
    },
    details: async (account, ids) => {
      const found = await db.details.bulkGet(ids.map((id): [HistoryAccount, string] => [account, id]));
      const byId = new Map<string, TranscriptDetail>();
      for (const row of found) if (row) byId.set(row.id, row.detail);
      return byId;
    },
    putDetail: async (account, id, detail) => {
      await db.details.put({ account, id, detail });
    },
    updateRows: (account, rows) =>
      db.transaction('rw', [db.buckets], async () => {
        for (const [bucket, updates] of groupUpdates(rows)) {
          const held = await db.buckets.get([account, bucket]);
          const replaced = held ? replaceRows(held.conversations, updates) : null;
          if (replaced) await db.buckets.put({ account, bucket, conversations: replaced });
        }
      }),
    clear: () =>
      db.transaction('rw', [db.buckets, db.spans, db.details], async () => {
        await Promise.all([db.buckets.clear(), db.spans.clear(), db.details.clear()]);
      }),
  };
}
