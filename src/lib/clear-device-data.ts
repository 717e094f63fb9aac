import type { QueryClient } from '@tanstack/react-query';
import { clearDeviceData } from './history/clear-device-data';
import { listenToOtherTabs, tellOtherTabs } from './history/cross-tab';
import { historyStore } from './history/device-store';
import { endSession } from './session-ended';

/**
 * Forgets every piece of transcript data this browser holds for Backscroll, for signing out: React Query's
 * cache in memory and the history kept on the device (IndexedDB), and tells the other tabs to drop theirs,
 * so that signing out on a shared computer leaves nothing behind.
 *
 * `clear()` drops the cached data without re-rendering the mounted queries (cancelling or resetting them,
 * as "Forget data on this device" does, would load them again just as the session ends).
 */
export async function clearDeviceDataOnSignOut(queryClient: QueryClient): Promise<void> {
  // First, so that the other tabs stop showing and loading before the history is cleared under them.
  tellOtherTabs({ type: 'signed-out' });
  queryClient.clear();
  await clearDeviceData();
}

/**
 * In every other tab, a sign-out elsewhere ends the session here too: the page stops showing
 * conversations at once, drops what it holds in memory, and clears the device history again once its own
 * history worker has settled, so that a write of this tab's that was under way does not land after the
 * clear. Returns the unsubscribe.
 */
export function endSessionOnSignOutElsewhere(queryClient: QueryClient): () => void {
  return listenToOtherTabs((message) => {
    if (message.type !== 'signed-out') return;
    endSession();
    void (async () => {
      await queryClient.cancelQueries();
      queryClient.clear();
      await (await historyStore()).clear();
    })();
  });
}
