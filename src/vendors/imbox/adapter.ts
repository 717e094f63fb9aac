import type { VendorAdapter } from '../types';

// Placeholder until the ImBox adapter lands.
export const imboxAdapter: VendorAdapter = {
  id: 'imbox',
  label: 'ImBox',
  listQuery: (request) => ({
    queryKey: ['vendors', 'imbox', 'list', request.range.from, request.range.to],
    queryFn: () => Promise.resolve([]),
  }),
};
