import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { shiftDay, today } from '../../lib/date-range';
import { conversationKey, vendorIdSchema, type Conversation, type VendorId } from '../../model/conversation';
import { vendorLabel } from '../../vendors/registry';
import { ExportControls } from '../export/export-controls';
import { TranscriptPane } from '../transcript/transcript-pane';
import { transcriptQueryFor } from '../transcript/transcript-query';
import { conversationPath } from './conversation-path';
import { DateRangeControl } from './date-range-control';
import { ConversationsTable } from './conversations-table';
import { EmptyState, type EmptyReason } from './empty-state';
import { useBenchHook } from './bench-hook';
import { computeFacets } from './facets';
import { formatDayRange } from './format';
import { hasActiveFilters } from './list-filters';
import { ListToolbar } from './list-toolbar';
import { PageHeader } from './page-header';
import { ResultCount } from './result-count';
import { useConversations, type ConversationsData } from './use-conversations';
import { useDocumentTitle } from './use-document-title';
import { useListFilters } from './use-list-filters';
import { useMediaQuery, WIDE_LAYOUT_QUERY } from './use-media-query';
import { useSelectedConversation } from './use-selected-conversation';
import { useVisibleConversations } from './use-visible-conversations';
import { VendorErrorBanners } from './vendor-error-banners';

const WIDEST_PRESET_DAYS = 90;

/**
 * The list of every vendor's conversations, and (at /conversations/:vendor/:id) the transcript of one
 * beside it on wide windows or over it on narrow ones. Both routes render this page, so the list keeps
 * its data, filters and scroll while a lead reads.
 */
export function ConversationsPage({ headerExtras }: { headerExtras?: ReactNode } = {}) {
  const params = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY);
  const list = useListFilters();
  const { filters, appliedFilters, range, email, search } = list;
  useDocumentTitle('Conversations · Backscroll');

  const request = useMemo(() => ({ range, email }), [range, email]);
  const data = useConversations(request);
  useBenchHook(data.conversations);

  const routeVendor = params.vendor === undefined ? null : vendorIdSchema.safeParse(params.vendor);
  const selection =
    routeVendor?.success && params.id !== undefined ? { vendor: routeVendor.data, id: params.id } : null;
  const selectedKey = selectionKey(selection);

  const { rows, sorting, onSortingChange } = useVisibleConversations(
    data.conversations,
    appliedFilters,
    range,
  );
  const { start, end } = range;
  const facets = useMemo(
    () => computeFacets(data.conversations, { start, end }),
    [data.conversations, start, end],
  );
  const selected = useSelectedConversation(data.conversations, selectedKey);

  // The current query (with search text not yet in the URL) read when a row opens, so these callbacks stay
  // the same while typing and the memoized table does not re-render on every keystroke.
  const currentSearch = useRef(search);
  useLayoutEffect(() => {
    currentSearch.current = search;
  }, [search]);
  const openConversation = useCallback(
    (conversation: Conversation) =>
      navigate({ pathname: conversationPath(conversation), search: currentSearch.current }),
    [navigate],
  );
  const closeConversation = useCallback(
    () => navigate({ pathname: '/', search: currentSearch.current }),
    [navigate],
  );
  const prefetch = useCallback(
    (conversation: Conversation) => {
      const query = transcriptQueryFor(conversation);
      if (query) void queryClient.prefetchQuery(query);
    },
    [queryClient],
  );

  // On narrow windows the transcript covers the list: move focus into it so keyboard users are there too.
  const paneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selectedKey !== null && !wide) paneRef.current?.focus();
  }, [selectedKey, wide]);

  if (routeVendor && !routeVendor.success) return <Navigate to={{ pathname: '/', search }} replace />;

  const todayInZone = today(range.timeZone);
  const widest = shiftDay(todayInZone, -(WIDEST_PRESET_DAYS - 1));
  const widenRange =
    range.from <= widest && range.to >= todayInZone ? null : () => list.setDayRange(widest, todayInZone);
  const placeholder =
    rows.length > 0 ? null : isStillStarting(data) ? (
      'skeleton'
    ) : (
      <EmptyState
        reason={emptyReason(data, appliedFilters, range)}
        stillLoading={data.vendors.filter((v) => v.state === 'loading').map((v) => v.label)}
        onClearFilters={list.clearFilters}
        onWidenRange={widenRange}
      />
    );
  const exportVendors = exportedVendors(data, filters.vendors);
  // One control, placed by layout: beside the count on wide windows, in the folded filters on narrow ones.
  const dateRange = <DateRangeControl range={range} onChange={list.setDayRange} />;

  return (
    <div className="flex h-dvh flex-col bg-slate-50 text-slate-900">
      <PageHeader data={data} extras={headerExtras} />
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
      <main className="flex min-h-0 flex-1 flex-col">
        <div className="flex min-h-11 items-center justify-between gap-3 border-b border-slate-200 bg-slate-50 px-3 py-1.5 sm:px-4">
          <div className="flex min-w-0 flex-col">
            <ResultCount count={rows.length} loading={data.loading} />
            {/* The date fields fold away on narrow windows; the range they hold stays in sight. */}
            {!wide && !data.loading && (
              <span className="truncate text-xs text-slate-500">{formatDayRange(range.from, range.to)}</span>
            )}
          </div>
          <div className="flex shrink-0 items-center gap-3">
            {wide && dateRange}
            <ExportControls conversations={rows} range={range} vendors={exportVendors} />
          </div>
        </div>
        <div className="flex min-h-0 flex-1">
          <div className="flex min-w-0 flex-1 flex-col">
            <ConversationsTable
              rows={rows}
              sorting={sorting}
              onSortingChange={onSortingChange}
              besidePane={selection !== null && wide}
              narrow={!wide}
              selectedKey={selectedKey}
              search={location.search}
              scrollResetKey={JSON.stringify([appliedFilters, range.from, range.to])}
              placeholder={placeholder}
              onOpen={openConversation}
              onPrefetch={prefetch}
            />
          </div>
          {selection && (
            <div
              ref={paneRef}
              tabIndex={-1}
              className="fixed inset-0 z-40 flex flex-col overflow-y-auto bg-white outline-none lg:static lg:z-auto lg:w-[40%] lg:max-w-[46rem] lg:shrink-0 lg:border-l lg:border-slate-200"
            >
              <TranscriptPane
                key={selectedKey}
                vendor={selection.vendor}
                id={selection.id}
                conversation={selected}
                listLoading={isVendorLoading(data, selection.vendor)}
                onClose={closeConversation}
              />
            </div>
          )}
        </div>
      </main>
    </div>
  );
}

function selectionKey(selection: { vendor: VendorId; id: string } | null): string | null {
  return selection === null ? null : conversationKey(selection.vendor, selection.id);
}

/** Nothing to show yet and nothing has finished: a skeleton, rather than a premature "nothing found". */
function isStillStarting(data: ConversationsData): boolean {
  if (data.server.state === 'loading') return true;
  return data.vendors.length > 0 && data.vendors.every((vendor) => vendor.state === 'loading');
}

function isVendorLoading(data: ConversationsData, vendor: VendorId): boolean {
  if (data.server.state === 'loading') return true;
  return data.vendors.some((load) => load.vendor === vendor && load.state === 'loading');
}

function emptyReason(
  data: ConversationsData,
  filters: Parameters<typeof hasActiveFilters>[0],
  range: Extract<EmptyReason, { kind: 'empty-range' }>['range'],
): EmptyReason {
  if (data.server.state === 'error') return { kind: 'all-failed' };
  if (data.server.state === 'ready' && data.vendors.length === 0) return { kind: 'no-vendors' };
  if (data.vendors.length > 0 && data.vendors.every((vendor) => vendor.state === 'error'))
    return { kind: 'all-failed' };
  if (hasActiveFilters(filters)) return { kind: 'no-match', filters, vendorLabel };
  return { kind: 'empty-range', range };
}

/** The vendors an export covers: those filtered to, or else every vendor that loaded. */
function exportedVendors(data: ConversationsData, filtered: ReadonlyArray<VendorId>): VendorId[] {
  const enabled = data.vendors.map((vendor) => vendor.vendor);
  if (filtered.length > 0) return filtered.filter((vendor) => enabled.includes(vendor));
  return data.vendors.filter((vendor) => vendor.state === 'ready').map((vendor) => vendor.vendor);
}
