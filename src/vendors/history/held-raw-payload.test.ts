import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { historyStore } from '../../lib/history/device-store';
import { DAY_MS, historyAccount } from '../../lib/history/history-store';
import { vendorStatusQuery, type VendorStatus } from '../../lib/vendor-status';
import { makeConversation } from '../../testing/make-conversation';
import { heldRawPayloads } from './held-raw-payload';

const status: VendorStatus = {
  demo: true,
  vendors: [
    { id: 'livechat', label: 'LiveChat', mode: 'demo', capabilities: [], account: 'acct1' },
    { id: 'imbox', label: 'ImBox', mode: 'demo', capabilities: [], account: null },
  ],
};

describe('the vendor payloads kept on the device', () => {
  it('reads back the payload of the rows the page got without one, and keeps a row’s own', async () => {
    const client = new QueryClient();
    client.setQueryData(vendorStatusQuery.queryKey, status);
    // In Node there is no IndexedDB: the tab's store is the memory one, read and written the same way.
    const store = await historyStore();
    const account = historyAccount('livechat', 'acct1');
    const day = 20_000;
    const stored = [
      makeConversation({ vendor: 'livechat', id: 'a', startedAt: day * DAY_MS + 1_000, raw: { chat: 'a' } }),
      makeConversation({ vendor: 'livechat', id: 'b', startedAt: (day + 1) * DAY_MS, raw: { chat: 'b' } }),
    ];
    await store.putSpan(account, { start: day * DAY_MS, end: (day + 2) * DAY_MS - 1, loadedAt: 1 }, stored);

    const onPage = stored.map((row) => ({ ...row, raw: undefined }));
    const own = makeConversation({ vendor: 'imbox', id: 'c', raw: { listed: 'c' } });
    const found = await heldRawPayloads(client, [...onPage, own]);
    expect(found.get(onPage[0]?.key ?? '')).toEqual({ chat: 'a' });
    expect(found.get(onPage[1]?.key ?? '')).toEqual({ chat: 'b' });
    expect(found.get(own.key)).toEqual({ listed: 'c' });
  });

  it('finds nothing for a vendor the server keeps no history of', async () => {
    const client = new QueryClient();
    client.setQueryData(vendorStatusQuery.queryKey, status);
    const row = { ...makeConversation({ vendor: 'imbox', id: 'z' }), raw: undefined };
    expect((await heldRawPayloads(client, [row])).size).toBe(0);
  });
});
