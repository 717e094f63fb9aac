import { vendorLabel } from '../../model/vendor-descriptors';
import type { VendorAdapter } from '../types';
import { listSocialIntentsConversations } from './list-socialintents-conversations';
import { socialintentsListQuery, socialintentsVisitorEmailQuery } from './queries';

/** Social Intents: three lists that carry their messages, so no transcript query is needed. */
export const socialintentsAdapter: VendorAdapter = {
  id: 'socialintents',
  label: vendorLabel('socialintents'),
  visitorEmailQuery: socialintentsVisitorEmailQuery,
  listQuery: socialintentsListQuery,
  fetchRange: (range, { signal, email }) =>
    listSocialIntentsConversations({ range, email: email ?? null }, signal),
};
