import {
  getCoreRowModel,
  useReactTable,
  type OnChangeFn,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Conversation } from '../../model/conversation';
import {
  cardColumnOrder,
  cardHiddenColumns,
  cardUnsortedColumns,
  columnLayout,
  conversationColumns,
  MATCH_COLUMN,
  narrowColumnOrder,
} from './conversation-columns';
import { ConversationCard } from './conversation-card';
import type { SearchQuery } from '../../lib/search/parse-query';
import { ConversationRow } from './conversation-row';
import { SortableHeaderCell } from './sortable-header-cell';
import { CARD_HEIGHT, HEADER_HEIGHT, ROW_HEIGHT, widthOf } from './table-metrics';
import {
  observeRectAfterLayout,
  scrollUnlessAtTopAlready,
  viewportRect,
} from './virtualizer-without-forced-layout';
import { TableSkeleton } from './table-skeleton';
import { useFocusRestore } from './use-focus-restore';
import { useHoverPrefetch } from './use-hover-prefetch';
import { useRowKeyboardNavigation } from './use-row-keyboard-navigation';

const coreRowModel = getCoreRowModel<Conversation>();
const besidePaneVisibility: VisibilityState = Object.fromEntries(
  Object.entries(columnLayout).flatMap(([id, layout]) => (layout.hiddenBesidePane ? [[id, false]] : [])),
);
const allVisible: VisibilityState = {};
const cardVisibility: VisibilityState = Object.fromEntries([
  ...cardHiddenColumns.map((id) => [id, false]),
  [MATCH_COLUMN, false],
]);
const noSearchVisibility: VisibilityState = { [MATCH_COLUMN]: false };
const besidePaneNoSearchVisibility: VisibilityState = { ...besidePaneVisibility, [MATCH_COLUMN]: false };

function rowId(conversation: Conversation): string {
  return conversation.key;
}

export type ConversationsTableProps = {
  /** The matching conversations, sorted. */
  rows: ReadonlyArray<Conversation>;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  /** The transcript pane takes part of the width: the less telling columns step aside. */
  besidePane: boolean;
  /** Narrow windows put the visitor right after the time, so both read without scrolling sideways. */
  narrow: boolean;
  /** Phones (below 640 px): each row is a card (conversation-card.tsx). */
  cards: boolean;
  /** The conversation open in the transcript pane. */
  selectedKey: string | null;
  /** The current query string, carried by the rows' links. */
  search: string;
  /** Changes when the filters change: the list then starts again from the top. */
  scrollResetKey: string;
  /** Instead of rows: a skeleton while nothing has loaded yet, or an explanation of an empty result. */
  placeholder: 'skeleton' | ReactNode;
  onOpen: (conversation: Conversation) => void;
  onPrefetch: (conversation: Conversation) => void;
  /** The search, when there is one: a column then shows why each row matched. */
  query: SearchQuery | null;
};

/**
 * A real <table> (so assistive technology and tests see table, rows and cells) whose body renders only
 * the rows in view, with spacer rows above and below standing in for the rest.
 *
 * TanStack Table gets only those rendered conversations as its data: it provides the columns, headers,
 * sorting state and cells, while filtering and sorting over all rows happen before (see
 * use-visible-conversations.ts), because a TanStack row object per conversation costs too much at 100,000.
 */
// Memoized: typing in the search box re-renders the page at once, the table only once the (deferred)
// filtered rows change.
export const ConversationsTable = memo(function ConversationsTable(props: ConversationsTableProps) {
  const { rows, sorting, onSortingChange, besidePane, narrow, cards } = props;
  const { selectedKey, search, scrollResetKey, placeholder, onOpen, onPrefetch, query } = props;
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (cards ? CARD_HEIGHT : ROW_HEIGHT),
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    observeElementRect: observeRectAfterLayout,
    initialRect: viewportRect(),
    scrollToFn: scrollUnlessAtTopAlready,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const topSpace = first ? first.start - HEADER_HEIGHT : 0;
  const bottomSpace = last ? virtualizer.getTotalSize() - last.end : 0;

  const windowData = useMemo(
    () => items.flatMap((item) => (rows[item.index] ? [rows[item.index] as Conversation] : [])),
    [items, rows],
  );
  const table = useReactTable({
    data: windowData,
    columns: conversationColumns,
    getRowId: rowId,
    state: {
      sorting,
      columnVisibility: cards
        ? cardVisibility
        : query === null
          ? besidePane
            ? besidePaneNoSearchVisibility
            : noSearchVisibility
          : besidePane
            ? besidePaneVisibility
            : allVisible,
      columnOrder: cards ? cardColumnOrder : narrow ? narrowColumnOrder : [],
    },
    onSortingChange,
    meta: { query: query ?? undefined },
    getCoreRowModel: coreRowModel,
    manualSorting: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  const windowRows = table.getRowModel().rows;
  const { activeKey, setActiveKey, onRowKeyDown } = useRowKeyboardNavigation({
    rows,
    scrollRef,
    virtualizer,
    onOpen,
  });
  const hover = useHoverPrefetch(onPrefetch);
  useFocusRestore(selectedKey, scrollRef);

  // Rows and cards differ in height: the virtualizer measures again when the window crosses 640 px.
  useLayoutEffect(() => virtualizer.measure(), [cards, virtualizer]);

  const sortKey = sorting.map((sort) => `${sort.id}:${sort.desc ? 'desc' : 'asc'}`).join(',');
  useLayoutEffect(() => {
    // The virtualizer's own record of the offset: reading scrollTop here would force a layout.
    if ((virtualizer.scrollOffset ?? 0) > 0) virtualizer.scrollToOffset(0);
  }, [scrollResetKey, sortKey, virtualizer]);

  // A transcript opened from a link: bring its row into view once it has loaded.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (selectedKey === null || revealed.current === selectedKey) return;
    const index = rows.findIndex((row) => row.key === selectedKey);
    if (index === -1) return;
    revealed.current = selectedKey;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedKey, rows, virtualizer]);

  function rowAt(target: EventTarget): { conversation: Conversation; index: number } | null {
    if (!(target instanceof Element)) return null;
    const element = target.closest<HTMLElement>('tr[data-index]');
    const index = Number(element?.dataset.index);
    const conversation = Number.isInteger(index) ? rows[index] : undefined;
    return conversation ? { conversation, index } : null;
  }

  // One row takes part in Tab order: the active one when it is rendered, else the first in view.
  const activeItem =
    activeKey === null ? undefined : items.find((item) => rows[item.index]?.key === activeKey);
  const tabbableIndex = activeItem?.index ?? first?.index ?? -1;
  const visibleColumns = table.getVisibleLeafColumns();
  const columnsKey = visibleColumns.map((column) => column.id).join(',');
  const minWidth = visibleColumns.reduce((sum, column) => sum + widthOf(column.id), 0);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const showRows = placeholder === null || placeholder === undefined || placeholder === false;

  return (
    <div ref={scrollRef} className="relative min-h-0 flex-1 overflow-auto overscroll-contain bg-white">
      <table
        aria-label="Conversations"
        aria-rowcount={showRows ? rows.length + 1 : undefined}
        // Cards are laid out with CSS grid; the explicit roles keep them a table for assistive technology.
        role={cards ? 'table' : undefined}
        className={
          cards
            ? 'block w-full text-[13px]'
            : 'w-full table-fixed border-separate border-spacing-0 text-[13px]'
        }
        style={cards ? undefined : { minWidth }}
      >
        {!cards && (
          <colgroup>
            {visibleColumns.map((column) => (
              <col key={column.id} style={{ width: widthOf(column.id) }} />
            ))}
          </colgroup>
        )}
        <thead role={cards ? 'rowgroup' : undefined} className={`sticky top-0 z-10 ${cards ? 'block' : ''}`}>
          <tr
            role={cards ? 'row' : undefined}
            aria-rowindex={1}
            style={{ height: HEADER_HEIGHT }}
            className={cards ? 'flex items-center border-b border-slate-200 bg-slate-50 px-1' : undefined}
          >
            {headers.map((header) =>
              cards && cardUnsortedColumns.some((id) => id === header.column.id) ? (
                <th key={header.id} role="columnheader" scope="col" className="sr-only">
                  {header.column.id === 'vendor' ? 'Vendor' : 'Agents'}
                </th>
              ) : (
                <SortableHeaderCell key={header.id} header={header} cards={cards} />
              ),
            )}
            {cards && (
              <th role="columnheader" scope="col" className="sr-only">
                First line
              </th>
            )}
          </tr>
        </thead>
        {placeholder === 'skeleton' ? (
          <TableSkeleton columns={visibleColumns.length} />
        ) : showRows ? (
          <tbody
            role={cards ? 'rowgroup' : undefined}
            className={cards ? 'block' : undefined}
            onKeyDown={(event) => {
              const hit = rowAt(event.target);
              // Keys typed inside a row's cell (its link) are the cell's; only a focused row moves.
              if (hit && event.target === event.currentTarget.querySelector(`tr[data-index="${hit.index}"]`))
                onRowKeyDown(event, hit.index);
            }}
            onClick={(event) => {
              const hit = rowAt(event.target);
              // A click on the row's link is the link's (it also opens in a new tab with a modifier key).
              if (!hit || (event.target instanceof Element && event.target.closest('a'))) return;
              setActiveKey(hit.conversation.key);
              onOpen(hit.conversation);
            }}
            onFocus={(event) => {
              const hit = rowAt(event.target);
              if (!hit) return;
              setActiveKey(hit.conversation.key);
              onPrefetch(hit.conversation);
            }}
            onMouseOver={(event) => {
              const hit = rowAt(event.target);
              if (hit) hover.onRowHover(hit.conversation);
            }}
            onMouseLeave={hover.onLeave}
          >
            {topSpace > 0 && (
              <tr aria-hidden="true" className={cards ? 'block' : undefined} style={{ height: topSpace }} />
            )}
            {items.map((item, position) => {
              const row = windowRows[position];
              if (!row) return null;
              if (cards)
                return (
                  <ConversationCard
                    key={item.index}
                    row={row}
                    index={item.index}
                    selected={row.id === selectedKey}
                    tabbable={item.index === tabbableIndex}
                    search={search}
                    columnsKey={columnsKey}
                    query={query}
                  />
                );
              return (
                <ConversationRow
                  // Keyed by position: a new filter or sort then updates the rows in place instead of
                  // replacing every one of them.
                  key={item.index}
                  row={row}
                  index={item.index}
                  selected={row.id === selectedKey}
                  tabbable={item.index === tabbableIndex}
                  search={search}
                  columnsKey={columnsKey}
                  query={query}
                />
              );
            })}
            {bottomSpace > 0 && (
              <tr
                aria-hidden="true"
                className={cards ? 'block' : undefined}
                style={{ height: bottomSpace }}
              />
            )}
          </tbody>
        ) : null}
      </table>
      {!showRows && placeholder !== 'skeleton' && placeholder}
    </div>
  );
});
