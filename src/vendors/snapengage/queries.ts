import { queryOptions } from '@tanstack/react-query';
import { vendorKeys, type ListRequest } from '../types';
import { listSnapEngageCases } from './list-snapengage-conversations';

/**
 * Neither source (webhook inbox, Logs API) filters by e-mail, so the list is cached per range only (the
 * key leaves the e-mail out) and the browser does the searching.
 */
export function snapengageListQuery(request: ListRequest) {
  return queryOptions({
    queryKey: vendorKeys.list('snapengage', { ...request, email: null }),
    queryFn: ({ client, signal }) => listSnapEngageCases(request.range, client, signal),
  });
}
