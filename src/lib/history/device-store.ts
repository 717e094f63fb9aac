import { openDexieStore } from './dexie-store';
import type { HistoryStore } from './history-store';
import { createMemoryStore } from './memory-store';
import { daysToReadAhead } from './read-ahead';
import { setStorageStatus } from './storage-status';

let opening: Promise<HistoryStore> | null = null;
const beforeClear = new Set<() => Promise<void>>();

/**
 * Work that must settle before the history is cleared: the history worker stops its loads and finishes
 * the writes it started, and the background details stop, so nothing lands in the store just after
 * "Forget" or sign-out emptied it, and nothing is asked of the vendors once the person signed out.
 * Returns the unregister.
 */
export function settleBeforeClearing(task: () => Promise<void>): () => void {
  beforeClear.add(task);
  return () => beforeClear.delete(task);
}

/**
 * The one history store of this tab: IndexedDB when the browser allows it, otherwise memory. A write the
 * device refuses (quota hit, storage evicted) switches this tab to memory for the rest of its life and
 * says so; nothing the vendor answered is lost for the view, it is only not kept.
 */
export function historyStore(): Promise<HistoryStore> {
  opening ??= openResilient();
  return opening;
}

async function openResilient(): Promise<HistoryStore> {
  const memory = createMemoryStore();
  let device: HistoryStore | null = null;
  /** The device store as opened: list rows read from it before a refused write are read back from it. */
  let opened: HistoryStore | null = null;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
    // The page reads its list's records as it opens (read-ahead.ts); the history worker reads none ahead.
    const readAhead = typeof window === 'undefined' ? null : daysToReadAhead(new URL(window.location.href));
    device = await openDexieStore({ readAhead });
    opened = device;
    setStorageStatus({ kind: 'device', problem: null });
    void askToPersist();
  } catch (cause) {
    setStorageStatus({ kind: 'memory', problem: `The browser gave no storage (${describeRefusal(cause)}).` });
  }
  const active = (): HistoryStore => device ?? memory;
  const fallBack = (cause: unknown) => {
    device = null;
    setStorageStatus({
      kind: 'memory',
      problem: `The browser refused to store more (${describeRefusal(cause)}).`,
    });
  };
  const write =
    <Args extends unknown[]>(pick: (store: HistoryStore) => (...args: Args) => Promise<void>) =>
    async (...args: Args): Promise<void> => {
      const store = active();
      try {
        await pick(store)(...args);
      } catch (cause) {
        if (store === memory) throw cause;
        fallBack(cause);
        await pick(memory)(...args);
      }
    };
  return {
    get kind() {
      return active().kind;
    },
    spans: (account) => active().spans(account),
    read: (account, range, onRows) => active().read(account, range, onRows),
    readList: (account, range, onRows) => active().readList(account, range, onRows),
    rowsOf: (account, bucket, ids) => (opened ?? memory).rowsOf(account, bucket, ids),
    searchTextsOf: (account, bucket, ids) => (opened ?? memory).searchTextsOf(account, bucket, ids),
    payloads: (account, bucket, ids) => active().payloads(account, bucket, ids),
    details: (account, ids) => active().details(account, ids),
    putSpan: write((store) => store.putSpan),
    putDetail: write((store) => store.putDetail),
    updateRows: write((store) => store.updateRows),
    clear: async () => {
      await Promise.allSettled([...beforeClear].map((task) => task()));
      await memory.clear();
      await device?.clear();
    },
  };
}

async function askToPersist(): Promise<void> {
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return;
    const persisted = (await storage.persisted()) || (await storage.persist());
    setStorageStatus({ persisted });
  } catch {
    setStorageStatus({ persisted: false });
  }
}

/** Why the browser refused, in words: Dexie wraps its error ("QuotaExceededError " as the message). */
function describeRefusal(cause: unknown): string {
  const said = cause instanceof Error ? `${cause.name} ${cause.message}` : String(cause);
  if (/QuotaExceeded/i.test(said)) return 'its space for this site is used up';
  const message = (cause instanceof Error ? cause.message : String(cause)).trim();
  return message === '' ? 'no reason given' : message;
}
