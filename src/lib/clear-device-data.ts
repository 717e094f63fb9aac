import type { QueryClient } from '@tanstack/react-query';
import { tellOtherTabs } from './history/cross-tab';
import { historyStore } from './history/device-store';

/**
 * Forgets every piece of transcript data this browser holds for Backscroll, for signing out: React Query's
 * cache in memory and the history kept on the device (IndexedDB), and tells the other tabs to drop theirs,
 * so that signing out on a shared computer leaves nothing behind.
 *
 * `clear()` drops the cached data without re-rendering the mounted queries (cancelling them would, and
 * they would refetch just as the session ends).
 */
export async function clearDeviceData(queryClient: QueryClient): Promise<void> {
  queryClient.clear();
  const store = await historyStore();
  await store.clear();
  tellOtherTabs({ type: 'forgotten' });
}
