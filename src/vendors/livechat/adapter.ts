import type { VendorAdapter } from '../types';

// Placeholder until the LiveChat adapter lands.
export const livechatAdapter: VendorAdapter = {
  id: 'livechat',
  label: 'LiveChat',
  listQuery: (request) => ({
    queryKey: ['vendors', 'livechat', 'list', request.range.from, request.range.to],
    queryFn: () => Promise.resolve([]),
  }),
};
