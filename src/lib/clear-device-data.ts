import type { QueryClient } from '@tanstack/react-query';
import { clearDeviceData } from './history/clear-device-data';

/**
 * Forgets every piece of transcript data this browser holds for Backscroll, for signing out: React Query's
 * cache in memory and the history kept on the device (IndexedDB), and tells the other tabs to drop theirs,
 * so that signing out on a shared computer leaves nothing behind.
 *
 * `clear()` drops the cached data without re-rendering the mounted queries (cancelling or resetting them,
 * as "Forget data on this device" does, would load them again just as the session ends).
 */
export async function clearDeviceDataOnSignOut(queryClient: QueryClient): Promise<void> {
  queryClient.clear();
  await clearDeviceData();
}
