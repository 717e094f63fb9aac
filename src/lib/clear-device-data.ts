import type { QueryClient } from '@tanstack/react-query';

/**
 * Forgets every piece of transcript data this browser holds for Backscroll, for signing out: today the
 * React Query cache in memory. Anything stored on the device later (an on-device cache) must be cleared
 * here too, so that signing out on a shared computer leaves nothing behind.
 *
 * `clear()` drops the cached data without re-rendering the mounted queries (cancelling them would, and
 * they would refetch just as the session ends).
 */
export async function clearDeviceData(queryClient: QueryClient): Promise<void> {
  queryClient.clear();
}
