import { rangeFromParams } from '../date-range';
import { bucketOf, type HistoryAccount } from './history-store';

/** Days (UTC buckets, see `bucketOf`) whose list records a page will read. */
export type DaysAhead = { firstDay: number; lastDay: number };

/** The pages that read a range's lists as they open: the list (a conversation open or not), the overview. */
const LIST_PATHS = [/^\/$/, /^\/conversations\//, /^\/overview\/?$/];

/**
 * The days a page opened at `url` will read lists for: its `from`/`to` (the last 30 days without them),
 * a day wider on each side, since the viewer's timezone (a setting the page reads later) moves the
 * range's instants by up to a day. Null on a page that reads no list as it opens.
 */
export function daysToReadAhead(url: URL, now: number = Date.now()): DaysAhead | null {
  if (!LIST_PATHS.some((path) => path.test(url.pathname))) return null;
  const range = rangeFromParams(url.searchParams, 'UTC', now);
  return { firstDay: bucketOf(range.start) - 1, lastDay: bucketOf(range.end) + 1 };
}

/**
 * Records asked of IndexedDB as the page opens, before anything asks for them: a reload reads its list
 * records while the app starts and renders instead of after (docs/benchmark-log.md, "A week to a record,
 * and read ahead"). Each is handed out once, to the first read that wants it, and all are let go at the
 * first write on this page (a record read ahead would miss it) or after `keepMs`. Another tab's write that
 * lands between the read ahead and its use is missed as it would be by a read started that moment: the
 * next load reads it.
 */
export type ReadAhead<Record> = {
  /** The records of `account` for `keys`, if every one was read ahead and is still held; else null. */
  take: (account: HistoryAccount, keys: ReadonlyArray<number>) => Promise<Array<Record | undefined>> | null;
  drop: () => void;
};

export function readAhead<Record>(
  accounts: ReadonlyArray<HistoryAccount>,
  keys: ReadonlyArray<number>,
  read: (account: HistoryAccount, keys: ReadonlyArray<number>) => Promise<Array<Record | undefined>>,
  keepMs = 15_000,
): ReadAhead<Record> {
  let held: Map<string, Promise<Record | undefined>> | null = new Map();
  const id = (account: HistoryAccount, key: number) => `${account}\u0000${key}`;
  for (const account of accounts) {
    const all = read(account, keys);
    keys.forEach((key, i) => {
      const record = all.then((records) => records[i]);
      // A failed read ahead is only a read not saved: the read that takes it asks again (list-weeks.ts),
      // and one never taken must not be reported as an unhandled rejection.
      record.catch(() => {});
      held?.set(id(account, key), record);
    });
  }
  const timer = setTimeout(() => (held = null), keepMs);
  return {
    take: (account, wanted) => {
      const found = wanted.map((key) => held?.get(id(account, key)));
      if (found.some((record) => record === undefined)) return null;
      for (const key of wanted) held?.delete(id(account, key));
      return Promise.all(found as Array<Promise<Record | undefined>>);
    },
    drop: () => {
      clearTimeout(timer);
      held = null;
    },
  };
}
