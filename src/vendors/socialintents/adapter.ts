import { vendorKeys, type VendorAdapter } from '../types';
import { listSocialIntentsConversations } from './list-socialintents-conversations';

/** Social Intents: three lists that carry their messages, so no transcript query is needed. */
export const socialintentsAdapter: VendorAdapter = {
  id: 'socialintents',
  label: 'Social Intents',
  listQuery: (request) => ({
    queryKey: vendorKeys.list('socialintents', request),
    queryFn: ({ signal }) => listSocialIntentsConversations(request, signal),
  }),
  fetchRange: (range, { signal, email }) =>
    listSocialIntentsConversations({ range, email: email ?? null }, signal),
};
