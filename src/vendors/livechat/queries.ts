import { queryOptions } from '@tanstack/react-query';
import { vendorKeys, type ListRequest } from '../types';
import { listLiveChatConversations } from './list-livechat-conversations';
import { listLiveChatByEmail } from './list-livechat-by-email';

/** The e-mail is pushed down to the vendor (`query`), so it is part of the key. */
export function livechatListQuery(request: ListRequest) {
  return queryOptions({
    queryKey: vendorKeys.list('livechat', request),
    queryFn: ({ signal }) => listLiveChatConversations(request, signal),
  });
}

/** A visitor's whole LiveChat history by e-mail (the visitor page): `query`, no date bound. */
export function livechatVisitorEmailQuery(email: string, timeZone: string) {
  return queryOptions({
    queryKey: vendorKeys.visitorEmail('livechat', email, timeZone),
    queryFn: ({ signal }) => listLiveChatByEmail(email, signal),
  });
}
