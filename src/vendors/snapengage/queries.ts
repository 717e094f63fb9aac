import { queryOptions } from '@tanstack/react-query';
import { vendorKeys, type ListRequest } from '../types';
import { listSnapEngageCases } from './list-snapengage-conversations';
import { listSnapEngageByEmail } from './list-snapengage-by-email';

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

/** A visitor's SnapEngage cases in the webhook inbox by e-mail (the visitor page): no date bound. */
export function snapengageVisitorEmailQuery(email: string, timeZone: string) {
  return queryOptions({
    queryKey: vendorKeys.visitorEmail('snapengage', email, timeZone),
    queryFn: ({ signal }) => listSnapEngageByEmail(email, signal),
  });
}
