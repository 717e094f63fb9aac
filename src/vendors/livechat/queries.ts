import { queryOptions } from '@tanstack/react-query';
import { vendorKeys, type ListRequest } from '../types';
import { listLiveChatConversations } from './list-livechat-conversations';

/** The e-mail is pushed down to the vendor (`query`), so it is part of the key. */
export function livechatListQuery(request: ListRequest) {
  return queryOptions({
    queryKey: vendorKeys.list('livechat', request),
    queryFn: ({ signal }) => listLiveChatConversations(request, signal),
  });
}
