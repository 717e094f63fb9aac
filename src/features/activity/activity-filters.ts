import { dayRange, isDay } from '../../lib/date-range';
import type { ActivityQuery } from '../../lib/audit-client';
import { auditActionSchema, type AuditAction } from '../../model/audit';

/**
 * The activity page's filters as its URL carries them (`/activity?user=ann&action=export&from=…&to=…`),
 * so a view is a link, like the list's. Days are whole days in the viewer's timezone, both inclusive.
 */
export type ActivityFilters = {
  user: string;
  action: AuditAction | null;
  from: string | null;
  to: string | null;
};

export const noActivityFilters: ActivityFilters = { user: '', action: null, from: null, to: null };

/** Some filter narrows the trail: an empty page is then about the filters, not the trail. */
export function hasActivityFilters(filters: ActivityFilters): boolean {
  return writeActivityFilters(filters).size > 0;
}

/** Unknown actions and malformed days are dropped rather than matching nothing. */
export function parseActivityFilters(params: URLSearchParams): ActivityFilters {
  const action = auditActionSchema.safeParse(params.get('action'));
  const from = params.get('from');
  const to = params.get('to');
  return {
    user: (params.get('user') ?? '').trim(),
    action: action.success ? action.data : null,
    from: isDay(from) ? from : null,
    to: isDay(to) ? to : null,
  };
}

export function writeActivityFilters(filters: ActivityFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.user.trim() !== '') params.set('user', filters.user.trim());
  if (filters.action) params.set('action', filters.action);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params;
}

/** The instants the filters cover, for `GET /api/audit`. */
export function activityQuery(filters: ActivityFilters, timeZone: string): ActivityQuery {
  return {
    user: filters.user,
    action: filters.action,
    from: filters.from ? dayRange(filters.from, filters.from, timeZone).start : null,
    to: filters.to ? dayRange(filters.to, filters.to, timeZone).end : null,
  };
}
