import type { Conversation, TranscriptDetail } from '../../model/conversation';
import {
  bucketOf,
  groupByBucket,
  mergeBucket,
  newestFirst,
  replaceRows,
  type HistoryAccount,
  type HistoryStore,
  groupUpdates,
} from './history-store';
import { textsFor, toSearchTexts } from './search-texts';
import { replaceSpan, spanHolds, type LoadedSpan, type Span } from './spans';

/** The history kept in the tab only: used when the browser gives no storage (or the quota is hit). */
export function createMemoryStore(): HistoryStore {
  const buckets = new Map<string, Conversation[]>();
  const spans = new Map<HistoryAccount, LoadedSpan[]>();
  const details = new Map<string, TranscriptDetail>();
  const key = (account: HistoryAccount, part: number | string) => `${account}\u0000${part}`;
  const store: HistoryStore = {
    kind: 'memory',
    spans: async (account) => spans.get(account) ?? [],
    putSpan: async (account, span, rows) => {
      const grouped = groupByBucket(rows, span);
      for (let bucket = bucketOf(span.start); bucket <= bucketOf(span.end); bucket++) {
        const merged = mergeBucket(buckets.get(key(account, bucket)) ?? [], span, grouped.get(bucket) ?? []);
        buckets.set(key(account, bucket), merged);
      }
      spans.set(account, replaceSpan(spans.get(account) ?? [], span));
    },
    read: async (account, range: Span, onRows) => {
      const rows: Conversation[] = [];
      for (let bucket = bucketOf(range.end); bucket >= bucketOf(range.start); bucket--) {
        for (const row of buckets.get(key(account, bucket)) ?? []) {
          if (spanHolds(range, row.startedAt)) rows.push(row);
        }
      }
      rows.sort(newestFirst);
      if (onRows && rows.length > 0) onRows(rows);
      return rows;
    },
    // Rows are kept whole here: a list read is the whole rows, and nothing needs reading back.
    readList: (account, range, onRows) => store.read(account, range, onRows),
    rowsOf: async () => new Map(),
    searchTextsOf: async (account, bucket, ids) =>
      textsFor(toSearchTexts(buckets.get(key(account, bucket)) ?? []), ids),
    payloads: async (account, bucket, ids) => {
      const found = new Map<string, unknown>();
      for (const row of buckets.get(key(account, bucket)) ?? [])
        if (ids.has(row.id) && row.raw !== undefined) found.set(row.id, row.raw);
      return found;
    },
    details: async (account, ids) => {
      const found = new Map<string, TranscriptDetail>();
      for (const id of ids) {
        const detail = details.get(key(account, id));
        if (detail) found.set(id, detail);
      }
      return found;
    },
    putDetail: async (account, id, detail) => {
      details.set(key(account, id), detail);
    },
    updateRows: async (account, rows) => {
      for (const [bucket, updates] of groupUpdates(rows)) {
        const replaced = replaceRows(buckets.get(key(account, bucket)) ?? [], updates);
        if (replaced) buckets.set(key(account, bucket), replaced);
      }
    },
    clear: async () => {
      buckets.clear();
      spans.clear();
      details.clear();
    },
  };
  return store;
}
