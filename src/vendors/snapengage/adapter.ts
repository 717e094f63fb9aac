import type { VendorAdapter } from '../types';

// Placeholder until the SnapEngage adapter lands.
export const snapengageAdapter: VendorAdapter = {
  id: 'snapengage',
  label: 'SnapEngage',
  listQuery: (request) => ({
    queryKey: ['vendors', 'snapengage', 'list', request.range.from, request.range.to],
    queryFn: () => Promise.resolve([]),
  }),
};
