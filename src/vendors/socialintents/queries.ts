import { queryOptions } from '@tanstack/react-query';
import { vendorKeys, type ListRequest } from '../types';
import { listSocialIntentsConversations } from './list-socialintents-conversations';

/** The e-mail is pushed down to the vendor, so it is part of the key. */
export function socialintentsListQuery(request: ListRequest) {
  return queryOptions({
    queryKey: vendorKeys.list('socialintents', request),
    queryFn: ({ signal }) => listSocialIntentsConversations(request, signal),
  });
}
