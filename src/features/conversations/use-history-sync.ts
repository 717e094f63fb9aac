import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { forgetQueries } from '../../lib/history/clear-device-data';
import { listenToOtherTabs } from '../../lib/history/cross-tab';
import type { HistoryAccount } from '../../lib/history/history-store';
import type { VendorId } from '../../model/conversation';
import { vendorKeys } from '../../vendors/types';

type Account = { vendor: VendorId; account: HistoryAccount | null };

/**
 * Keeps this tab's view in step with the others sharing the history: spans another tab loaded are read
 * again (from the store, without asking the vendor), and a "Forget data on this device" there empties
 * this tab's cache too.
 */
export function useHistorySync(accounts: ReadonlyArray<Account>): void {
  const queryClient = useQueryClient();
  const current = useRef<ReadonlyArray<Account>>(accounts);
  useEffect(() => {
    current.current = accounts;
  });
  useEffect(
    () =>
      listenToOtherTabs((message) => {
        if (message.type === 'forgotten') {
          void forgetQueries(queryClient);
          return;
        }
        // A sign-out elsewhere is the session gate's (src/lib/clear-device-data.ts).
        if (message.type === 'signed-out') return;
        const known = current.current.find((item) => item.account === message.account);
        if (known) void queryClient.invalidateQueries({ queryKey: vendorKeys.vendor(known.vendor) });
      }),
    [queryClient],
  );
}
