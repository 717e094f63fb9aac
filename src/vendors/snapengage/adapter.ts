import { vendorKeys, type VendorAdapter } from '../types';
import { listSnapEngageCases } from './list-cases';

/**
 * SnapEngage: cases pushed to this server's webhook inbox plus, when configured, the Logs API. Cases carry
 * their transcripts, so there is no transcript query. Neither source filters by e-mail, so the list is
 * cached per range only (the key leaves the e-mail out) and the browser does the searching.
 */
export const snapengageAdapter: VendorAdapter = {
  id: 'snapengage',
  label: 'SnapEngage',
  listQuery: (request) => ({
    queryKey: vendorKeys.list('snapengage', { ...request, email: null }),
    queryFn: ({ client, signal }) => listSnapEngageCases(request.range, client, signal),
  }),
  fetchRange: (range, { signal, client }) => listSnapEngageCases(range, client, signal),
};
