import type { VendorAdapter } from '../types';

// Placeholder until the SocialIntents adapter lands.
export const socialintentsAdapter: VendorAdapter = {
  id: 'socialintents',
  label: 'SocialIntents',
  listQuery: (request) => ({
    queryKey: ['vendors', 'socialintents', 'list', request.range.from, request.range.to],
    queryFn: () => Promise.resolve([]),
  }),
};
