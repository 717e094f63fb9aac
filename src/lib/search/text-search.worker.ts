import { openDexieStore } from '../history/dexie-store';
import type { HistoryStore } from '../history/history-store';
import { SearchHost } from './search-host';
import { workerRequestSchema } from './text-search-protocol';

/**
 * The search index off the page's thread: folding a million messages and scanning them on every
 * keystroke would otherwise hold the page. Requests are handled in the order they were posted, so a
 * search always sees every document put before it; the text behind the list rows a reload gives the page
 * is read here, from the device, so the page never reads it (search-host.ts).
 */
let store: Promise<HistoryStore> | null = null;
const host = new SearchHost(
  async (account, bucket, ids) => {
    store ??= openDexieStore();
    return (await store).searchTextsOf(account, bucket, ids);
  },
  (message, transfer) => self.postMessage(message, { transfer: transfer ?? [] }),
);
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  host.handle(workerRequestSchema.parse(event.data));
});
