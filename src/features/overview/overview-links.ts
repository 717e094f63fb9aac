import { writeDayRange, writeListFilters, type ListFilters } from '../../lib/list-filters';

/**
 * The list's link for one slice of the overview: the current view (filters, range, timezone) with one
 * filter set to what was clicked. Keeping everything else is what makes "click a bar" open the rows that
 * bar counts.
 */
export function listLinkFor(
  search: string,
  filters: ListFilters,
  change: Partial<ListFilters>,
  days?: { from: string; to: string },
): string {
  let params = writeListFilters(new URLSearchParams(search), { ...filters, ...change });
  if (days) params = writeDayRange(params, days.from, days.to);
  const query = params.toString();
  return query === '' ? '/' : `/?${query}`;
}
