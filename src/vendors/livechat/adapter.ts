import { vendorLabel } from '../../model/vendor-descriptors';
import type { VendorAdapter } from '../types';
import { listLiveChatConversations } from './list-livechat-conversations';
import { livechatListQuery, livechatVisitorEmailQuery } from './queries';

/** LiveChat (REST API v2): paged chats that carry their messages, so no transcript query is needed. */
export const livechatAdapter: VendorAdapter = {
  id: 'livechat',
  label: vendorLabel('livechat'),
  visitorEmailQuery: livechatVisitorEmailQuery,
  listQuery: livechatListQuery,
  fetchRange: (range, { signal, email, onRows }) =>
    listLiveChatConversations({ range, email: email ?? null }, signal, onRows),
};
