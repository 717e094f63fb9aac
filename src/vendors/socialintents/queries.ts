import { queryOptions } from '@tanstack/react-query';
import { vendorKeys, type ListRequest } from '../types';
import { listSocialIntentsConversations } from './list-socialintents-conversations';
import { listSocialIntentsByEmail } from './list-socialintents-by-email';

/** The e-mail is pushed down to the vendor, so it is part of the key. */
export function socialintentsListQuery(request: ListRequest) {
  return queryOptions({
    queryKey: vendorKeys.list('socialintents', request),
    queryFn: ({ signal }) => listSocialIntentsConversations(request, signal),
  });
}

/** A visitor's whole Social Intents history by e-mail (the visitor page): no date bound. */
export function socialintentsVisitorEmailQuery(email: string, timeZone: string) {
  return queryOptions({
    queryKey: vendorKeys.visitorEmail('socialintents', email, timeZone),
    queryFn: ({ signal }) => listSocialIntentsByEmail(email, timeZone, signal),
  });
}
