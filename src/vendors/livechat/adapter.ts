import { vendorKeys, type VendorAdapter } from '../types';
import { listLiveChatConversations } from './list-livechat-conversations';

/** LiveChat (REST API v2): paged chats that carry their messages, so no transcript query is needed. */
export const livechatAdapter: VendorAdapter = {
  id: 'livechat',
  label: 'LiveChat',
  listQuery: (request) => ({
    queryKey: vendorKeys.list('livechat', request),
    queryFn: ({ signal }) => listLiveChatConversations(request, signal),
  }),
  fetchRange: (range, { signal, email }) =>
    listLiveChatConversations({ range, email: email ?? null }, signal),
};
