import type { QueryClient } from '@tanstack/react-query';
import { tellOtherTabs } from './cross-tab';
import { historyStore } from './device-store';

/**
 * Forgets every conversation, transcript and detail this browser keeps (IndexedDB and, when given, React
 * Query's cache, whose active queries then load again from the vendors), and tells the other tabs to drop
 * theirs. Called by "Forget data on this device" and by sign-out.
 */
export async function clearDeviceData(queryClient?: QueryClient): Promise<void> {
  const store = await historyStore();
  await store.clear();
  tellOtherTabs({ type: 'forgotten' });
  if (queryClient) await forgetQueries(queryClient);
}

/** Drops React Query's cache; the queries on screen start again. */
export async function forgetQueries(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries();
  queryClient.removeQueries({ type: 'inactive' });
  await queryClient.resetQueries();
}
