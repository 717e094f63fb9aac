import type { SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { ViewSwitch } from '../components/view-switch';
import { formatDayRange } from '../lib/format-date-time';
import { ActivityLink } from '../features/activity/activity-link';
import { DateRangeControl } from '../features/conversations/date-range-control';
import { computeFacets } from '../features/conversations/facets';
import { ListToolbar } from '../features/conversations/list-toolbar';
import { PageHeader } from '../features/conversations/page-header';
import { missingVendors } from '../features/conversations/partial-count';
import { ResultCount } from '../features/conversations/result-count';
import { useConversations } from '../features/conversations/use-conversations';
import { useDocumentTitle } from '../features/conversations/use-document-title';
import { useListFilters } from '../features/conversations/use-list-filters';
import { useMediaQuery, WIDE_LAYOUT_QUERY } from '../features/conversations/use-media-query';
import { useVisibleConversations } from '../features/conversations/use-visible-conversations';
import { VendorErrorBanners } from '../features/conversations/vendor-error-banners';
import { OverviewPage } from '../features/overview/overview-page';

/** The list's default order: the overview counts rows, so any order does, and this one is already sorted. */
const NEWEST_FIRST: SortingState = [];

/**
 * `/overview`: the list's header, filters and days over the overview's charts. The rows come from the
 * list's own hooks (useListFilters, useConversations: the same React Query data and keys) filtered the
 * same way, so the overview counts exactly what the list shows and fetches nothing the list would not.
 */
export function OverviewRoute() {
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY);
  const list = useListFilters();
  const { filters, appliedFilters, range, email, search } = list;
  useDocumentTitle('Overview · Backscroll');
  const request = useMemo(() => ({ range, email }), [range, email]);
  const data = useConversations(request);
  const { start, end } = range;
  // Searched by the list's search worker, which reads the messages of rows read from this device.
  const { rows } = useVisibleConversations(
    data.conversations,
    appliedFilters,
    range,
    NEWEST_FIRST,
    data.loading,
  );
  const facets = useMemo(
    () => computeFacets(data.conversations, { start, end }),
    [data.conversations, start, end],
  );
  // One series per vendor on, or per vendor chosen when the vendor filter is set.
  const vendors = useMemo(
    () =>
      data.vendors
        .map((vendor) => vendor.vendor)
        .filter((vendor) => filters.vendors.length === 0 || filters.vendors.includes(vendor)),
    [data.vendors, filters.vendors],
  );
  const dateRange = <DateRangeControl range={range} onChange={list.setDayRange} />;

  return (
    <div className="flex min-h-dvh flex-col bg-slate-50 text-slate-900">
      <PageHeader data={data} extras={<ActivityLink />} nav={<ViewSwitch />} />
      <VendorErrorBanners vendors={data.vendors} />
      <ListToolbar
        filters={filters}
        searchText={list.searchText}
        facets={facets}
        vendors={data.vendors}
        onSearchTextChange={list.setSearchText}
        onSearchBlur={list.endSearchSession}
        onFacetChange={list.setFacet}
        onClearFilters={list.clearFilters}
        narrowExtras={wide ? null : dateRange}
      />
      <main className="flex flex-1 flex-col">
        <div className="flex min-h-11 flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-slate-50 px-3 py-1.5 sm:px-4">
          <div className="flex min-w-0 flex-col">
            <ResultCount
              count={rows.length}
              starting={data.server.state === 'loading'}
              missing={missingVendors(data, filters.vendors)}
            />
            {!wide && (
              <span className="truncate text-xs text-slate-600">
                {formatDayRange(range.from, range.to)} · {range.timeZone}
              </span>
            )}
          </div>
          {wide && dateRange}
        </div>
        <OverviewPage
          rows={rows}
          range={range}
          vendors={vendors}
          loading={data.loading}
          filters={filters}
          search={search}
        />
      </main>
    </div>
  );
}
