import type { SortingState } from '@tanstack/react-table';
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { ReadingPanel } from '../../components/reading-panel';
import type { DayRange } from '../../lib/date-range';
import { today } from '../../lib/date-range';
import { formatDayRange } from '../../lib/format-date-time';
import type { Conversation, VendorId } from '../../model/conversation';
import { useBenchHook } from './bench-hook';
import { conversationPath, parseConversationRoute } from './conversation-path';
import { ConversationStepper } from './conversation-stepper';
import { ConversationsTable } from './conversations-table';
import { DateRangeControl } from './date-range-control';
import { EmptyState } from './empty-state';
import { computeFacets } from './facets';
import { ListToolbar } from './list-toolbar';
import { exportedVendors, isVendorLoading, listPlaceholder, widenedRange } from './list-view-state';
import { neighboursOf } from './neighbours';
import { PageHeader } from './page-header';
import { OverallProgressBar } from './overall-progress-bar';
import { lackingVendors, missingVendors, type LackingVendor } from './partial-count';
import { ResultCount } from './result-count';
import { UnsearchedTranscripts } from './unsearched-transcripts';
import { useConversations } from './use-conversations';
import { useDocumentTitle } from './use-document-title';
import { useListFilters } from './use-list-filters';
import { CARDS_QUERY, useMediaQuery, WIDE_LAYOUT_QUERY } from './use-media-query';
import { usePreparedConversations } from './use-prepared-conversations';
import { useSelectedConversation } from './use-selected-conversation';
import { newestFirst } from './sort-conversations';
import { useVisibleConversations } from './use-visible-conversations';
import { VendorErrorBanners } from './vendor-error-banners';

/** What the export controls get: the rows as the table orders them, the range and the vendors covered. */
export type ExportSlotProps = {
  conversations: ReadonlyArray<Conversation>;
  /** The rows are not final yet (the search worker is still answering): exporting waits. */
  pending: boolean;
  range: DayRange;
  vendors: ReadonlyArray<VendorId>;
  /** Vendors of the view still loading or failed: the file would lack their rows. */
  missing: ReadonlyArray<LackingVendor>;
};

/** What the reading pane gets: which conversation, the loaded row if any, and how to close it. */
export type TranscriptSlotProps = {
  vendor: VendorId;
  id: string;
  conversation: Conversation | undefined;
  /** Its vendor is still loading, so "not found" would be premature. */
  listLoading: boolean;
  onClose: () => void;
  /** Previous / next in the filtered list, for the pane's header. */
  navigation: ReactNode;
};

export type ConversationsPageProps = {
  /** The export controls beside the count (another feature's, composed in src/app). */
  ExportSlot: ComponentType<ExportSlotProps>;
  /** The reading pane of the open conversation (another feature's, composed in src/app). */
  TranscriptSlot: ComponentType<TranscriptSlotProps>;
  /** Warms a row's transcript on hover or focus, before it is opened. */
  onPrefetch: (conversation: Conversation) => void;
  /** Links in the header that other features provide (the activity page), composed in src/app. */
  headerExtras?: ReactNode;
  /** The views (list, overview) beside the product's name, composed in src/app. */
  headerNav?: ReactNode;
};

/**
 * The list of every vendor's conversations, and (at /conversations/:vendor/:id) the transcript of one
 * beside it on wide windows or over it on narrow ones. Both routes render this page, so the list keeps
 * its data, filters and scroll while a lead reads.
 */
export function ConversationsPage({
  ExportSlot,
  TranscriptSlot,
  onPrefetch,
  headerExtras,
  headerNav,
}: ConversationsPageProps) {
  const params = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY);
  const cards = useMediaQuery(CARDS_QUERY);
  const list = useListFilters();
  const { filters, appliedFilters, range, email, search } = list;
  useDocumentTitle('Conversations · Backscroll');

  const request = useMemo(() => ({ range, email }), [range, email]);
  const [sorting, onSortingChange] = useState<SortingState>(newestFirst);
  const data = usePreparedConversations(useConversations(request), { bounds: range, sorting });
  useBenchHook(data.conversations);

  const route = parseConversationRoute(params);
  const selection = route.kind === 'conversation' ? route : null;
  const selectedKey = selection?.key ?? null;

  const { rows, query, searchPending, rowsFor, heldPending } = useVisibleConversations(
    data.conversations,
    appliedFilters,
    range,
    sorting,
    data.loading,
  );
  const { start, end } = range;
  const facets = useMemo(
    () => computeFacets(data.conversations, { start, end }),
    [data.conversations, start, end],
  );
  const selected = useSelectedConversation(data.conversations, selectedKey);
  const searching = query.terms.length > 0;
  // Counted when the rows change, not when a search starts: the keystroke's render stays light.
  const unsearchedInRange = useMemo(() => {
    let count = 0;
    for (const conversation of data.conversations)
      if (
        conversation.messages === null &&
        conversation.vendor === 'imbox' &&
        conversation.startedAt >= start &&
        conversation.startedAt <= end
      )
        count++;
    return count;
  }, [data.conversations, start, end]);
  const unsearched = searching ? unsearchedInRange : 0;

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
  // Stepping replaces the entry: Back after reviewing thirty chats returns to the list, not to chat 29.
  const stepTo = useCallback(
    (conversation: Conversation) =>
      navigate(
        { pathname: conversationPath(conversation), search: currentSearch.current },
        { replace: true },
      ),
    [navigate],
  );
  // A findIndex over the rows only while a pane is open: well under a millisecond at 100,000.
  const neighbours = selectedKey === null ? null : neighboursOf(rows, selectedKey);

  if (route.kind === 'unknown-vendor') return <Navigate to={{ pathname: '/', search }} replace />;

  const wider = widenedRange(range, today(range.timeZone));
  const view = listPlaceholder(data, rows.length, appliedFilters, range);
  const placeholder =
    view.kind === 'rows' ? null : view.kind === 'skeleton' || (searchPending && rows.length === 0) ? (
      'skeleton'
    ) : (
      <EmptyState
        reason={view.reason}
        stillLoading={view.stillLoading}
        onClearFilters={list.clearFilters}
        onWidenRange={wider && (() => list.setDayRange(wider.from, wider.to))}
      />
    );
  const exportVendors = exportedVendors(data, filters.vendors);
  const missing = missingVendors(data, filters.vendors);
  // One control, placed by layout: beside the count on wide windows, in the folded filters on narrow ones.
  const dateRange = <DateRangeControl range={range} onChange={list.setDayRange} />;

  return (
    <div className="flex h-dvh flex-col bg-slate-50 text-slate-900">
      <SkipToResults />
      <PageHeader data={data} extras={headerExtras} nav={headerNav} />
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
      <main id="results" tabIndex={-1} className="flex min-h-0 flex-1 flex-col outline-none">
        <OverallProgressBar vendors={data.vendors} />
        <div className="flex min-h-11 items-center justify-between gap-3 border-b border-slate-200 bg-slate-50 px-3 py-1.5 sm:px-4">
          <div className="flex min-w-0 flex-col">
            <ResultCount
              count={rows.length}
              starting={data.server.state === 'loading'}
              missing={missing}
              searching={searchPending}
            />
            <UnsearchedTranscripts notFetched={unsearched} held={heldPending} />
            {/* The date fields fold away on narrow windows; the range they hold stays in sight. */}
            {!wide && !data.loading && (
              <span className="truncate text-xs text-slate-500">{formatDayRange(range.from, range.to)}</span>
            )}
          </div>
          <div className="flex shrink-0 items-center gap-3">
            {wide && dateRange}
            <ExportSlot
              conversations={rows}
              pending={searchPending}
              range={range}
              vendors={exportVendors}
              missing={lackingVendors(missing)}
            />
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
              cards={cards}
              selectedKey={selectedKey}
              search={location.search}
              scrollResetKey={JSON.stringify([rowsFor.filters, range.from, range.to])}
              placeholder={placeholder}
              onOpen={openConversation}
              onPrefetch={onPrefetch}
              query={rowsFor.query.terms.length > 0 ? rowsFor.query : null}
            />
          </div>
          {selection && (
            <ReadingPanel wide={wide} label="Transcript" onClose={closeConversation}>
              <TranscriptSlot
                key={selectedKey}
                vendor={selection.vendor}
                id={selection.id}
                conversation={selected}
                listLoading={isVendorLoading(data, selection.vendor)}
                onClose={closeConversation}
                navigation={neighbours && <ConversationStepper neighbours={neighbours} onStep={stepTo} />}
              />
            </ReadingPanel>
          )}
        </div>
      </main>
    </div>
  );
}

/**
 * The first Tab stop: past the header, search and filters to the results. It focuses the row that takes
 * part in Tab order (the first in view, or the last one used), else the results area itself.
 */
function SkipToResults() {
  return (
    <a
      href="#results"
      onClick={(event) => {
        event.preventDefault();
        const results = document.getElementById('results');
        const row = results?.querySelector<HTMLElement>('[data-index][tabindex="0"]');
        (row ?? results)?.focus();
      }}
      className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-indigo-800 shadow-lg ring-2 ring-indigo-600 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      Skip to results
    </a>
  );
}
