import { vendorLabel } from '../../model/vendor-descriptors';
import type { VendorAdapter } from '../types';
import { listSnapEngageCases } from './list-snapengage-conversations';
import { snapengageListQuery, snapengageVisitorEmailQuery } from './queries';

/**
 * SnapEngage: cases pushed to this server's webhook inbox plus, when configured, the Logs API. Cases carry
 * their transcripts, so there is no transcript query.
 */
export const snapengageAdapter: VendorAdapter = {
  id: 'snapengage',
  label: vendorLabel('snapengage'),
  visitorEmailQuery: snapengageVisitorEmailQuery,
  listQuery: snapengageListQuery,
  fetchRange: (range, { signal, client, onRows }) => listSnapEngageCases(range, client, signal, onRows),
};
