import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type Header,
  type OnChangeFn,
  type Row,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { Link } from 'react-router';
import type { Conversation } from '../../model/conversation';
import { columnLayout, conversationColumns, narrowColumnOrder } from './conversation-columns';
import { conversationPath } from './conversation-path';
import { isColumnId } from './sort-keys';

/** Fixed heights: rows never wrap, so the virtualizer's arithmetic is exact and nothing jumps. */
const ROW_HEIGHT = 37;
const HEADER_HEIGHT = 37;
const HOVER_PREFETCH_DELAY_MS = 120;
const SKELETON_ROWS = 14;

const coreRowModel = getCoreRowModel<Conversation>();
const besidePaneVisibility: VisibilityState = Object.fromEntries(
  Object.entries(columnLayout).flatMap(([id, layout]) => (layout.hiddenBesidePane ? [[id, false]] : [])),
);
const allVisible: VisibilityState = {};

function rowId(conversation: Conversation): string {
  return conversation.key;
}

function widthOf(columnId: string): number {
  return isColumnId(columnId) ? columnLayout[columnId].width : 120;
}

function alignOf(columnId: string): 'right' | 'center' | undefined {
  return isColumnId(columnId) ? columnLayout[columnId].align : undefined;
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
};

/**
 * A real <table> (so assistive technology and tests see table, rows and cells) whose body renders only
 * the rows in view, with spacer rows above and below standing in for the rest.
 *
 * TanStack Table gets only those rendered conversations as its data: it provides the columns, headers,
 * sorting state and cells, while filtering and sorting over all rows happen before (see
 * use-visible-conversations.ts), because a TanStack row object per conversation costs too much at 100,000.
 */
export function ConversationsTable(props: ConversationsTableProps) {
  const { rows, sorting, onSortingChange, besidePane, narrow } = props;
  const { selectedKey, search, scrollResetKey, placeholder, onOpen, onPrefetch } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const hoverTimer = useRef<number | undefined>(undefined);
  const hoveredKey = useRef<string | null>(null);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: useCallback((index: number) => rows[index]?.key ?? index, [rows]),
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
      columnVisibility: besidePane ? besidePaneVisibility : allVisible,
      columnOrder: narrow ? narrowColumnOrder : [],
    },
    onSortingChange,
    getCoreRowModel: coreRowModel,
    manualSorting: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  const windowRows = table.getRowModel().rows;

  const sortKey = sorting.map((sort) => `${sort.id}:${sort.desc ? 'desc' : 'asc'}`).join(',');
  useLayoutEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [scrollResetKey, sortKey]);

  // A transcript opened from a link: bring its row into view once it has loaded.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (selectedKey === null || revealed.current === selectedKey) return;
    const index = rows.findIndex((row) => row.key === selectedKey);
    if (index === -1) return;
    revealed.current = selectedKey;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedKey, rows, virtualizer]);

  // Closing the transcript unmounts what had focus: give it back to the row it was opened from.
  const previousSelected = useRef(selectedKey);
  useEffect(() => {
    const closed = previousSelected.current;
    previousSelected.current = selectedKey;
    if (selectedKey !== null || closed === null) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    scrollRef.current?.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(closed)}"]`)?.focus();
  }, [selectedKey]);

  // Keyboard moves focus to a row that may not be rendered yet: focus it once the virtualizer shows it.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (element) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  });

  useEffect(() => () => window.clearTimeout(hoverTimer.current), []);

  function rowAt(target: EventTarget): { conversation: Conversation; index: number } | null {
    if (!(target instanceof Element)) return null;
    const element = target.closest<HTMLElement>('tr[data-index]');
    const index = Number(element?.dataset.index);
    const conversation = Number.isInteger(index) ? rows[index] : undefined;
    return conversation ? { conversation, index } : null;
  }

  function focusRow(index: number) {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    const conversation = rows[clamped];
    if (!conversation) return;
    setActiveKey(conversation.key);
    pendingFocus.current = clamped;
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const hit = rowAt(event.target);
    if (!hit || event.target !== event.currentTarget.querySelector(`tr[data-index="${hit.index}"]`)) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: hit.index + 1,
      ArrowUp: hit.index - 1,
      PageDown: hit.index + page,
      PageUp: hit.index - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusRow(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(hit.conversation);
    }
  }

  const rendered = new Set(items.map((item) => item.index));
  const activeIndex = activeKey === null ? -1 : rows.findIndex((row) => row.key === activeKey);
  // One row takes part in Tab order: the active one when it is rendered, else the first in view.
  const tabbableIndex = rendered.has(activeIndex) ? activeIndex : (first?.index ?? -1);
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
        className="w-full table-fixed border-separate border-spacing-0 text-[13px]"
        style={{ minWidth }}
      >
        <colgroup>
          {visibleColumns.map((column) => (
            <col key={column.id} style={{ width: widthOf(column.id) }} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10">
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            {headers.map((header) => (
              <HeaderCell key={header.id} header={header} />
            ))}
          </tr>
        </thead>
        {placeholder === 'skeleton' ? (
          <SkeletonBody columns={visibleColumns.length} />
        ) : showRows ? (
          <tbody
            onKeyDown={onKeyDown}
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
              if (!hit || hoveredKey.current === hit.conversation.key) return;
              hoveredKey.current = hit.conversation.key;
              window.clearTimeout(hoverTimer.current);
              hoverTimer.current = window.setTimeout(
                () => onPrefetch(hit.conversation),
                HOVER_PREFETCH_DELAY_MS,
              );
            }}
            onMouseLeave={() => {
              hoveredKey.current = null;
              window.clearTimeout(hoverTimer.current);
            }}
          >
            {topSpace > 0 && <tr aria-hidden="true" style={{ height: topSpace }} />}
            {items.map((item, position) => {
              const row = windowRows[position];
              if (!row) return null;
              return (
                <ConversationRow
                  key={row.id}
                  row={row}
                  index={item.index}
                  selected={row.id === selectedKey}
                  tabbable={item.index === tabbableIndex}
                  search={search}
                  columnsKey={columnsKey}
                />
              );
            })}
            {bottomSpace > 0 && <tr aria-hidden="true" style={{ height: bottomSpace }} />}
          </tbody>
        ) : null}
      </table>
      {!showRows && placeholder !== 'skeleton' && placeholder}
    </div>
  );
}

function HeaderCell({ header }: { header: Header<Conversation, unknown> }) {
  const sorted = header.column.getIsSorted();
  const align = alignOf(header.column.id);
  return (
    <th
      scope="col"
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
      className="border-b border-slate-200 bg-slate-50/95 px-0 text-left align-middle text-xs font-medium text-slate-500 backdrop-blur"
    >
      <button
        type="button"
        onClick={header.column.getToggleSortingHandler()}
        className={`flex h-9 w-full items-center gap-1 px-3 hover:text-slate-900 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 ${
          align === 'right' ? 'justify-end' : align === 'center' ? 'justify-center' : ''
        } ${sorted ? 'text-slate-900' : ''}`}
      >
        {flexRender(header.column.columnDef.header, header.getContext())}
        <SortArrow direction={sorted} />
      </button>
    </th>
  );
}

function SortArrow({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className={`size-3 shrink-0 ${direction ? 'text-indigo-600' : 'text-transparent'}`}
    >
      <path d={direction === 'asc' ? 'M8 4l4 5H4z' : 'M8 12l4-5H4z'} fill="currentColor" />
    </svg>
  );
}

type ConversationRowProps = {
  row: Row<Conversation>;
  index: number;
  selected: boolean;
  tabbable: boolean;
  search: string;
  /** Visible columns, so that the memoized row re-renders when they change. */
  columnsKey: string;
};

const ConversationRow = memo(function ConversationRow({
  row,
  index,
  selected,
  tabbable,
  search,
}: ConversationRowProps) {
  return (
    <tr
      data-index={index}
      data-key={row.id}
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabbable ? 0 : -1}
      style={{ height: ROW_HEIGHT }}
      className={`group cursor-pointer outline-none focus-visible:relative focus-visible:z-[1] focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 ${
        selected ? 'bg-indigo-50 hover:bg-indigo-100/70' : 'bg-white hover:bg-slate-50'
      }`}
    >
      {row.getVisibleCells().map((cell) => {
        const align = alignOf(cell.column.id);
        const content = flexRender(cell.column.columnDef.cell, cell.getContext());
        return (
          <td
            key={cell.id}
            className={`overflow-hidden border-b border-slate-100 px-3 align-middle text-ellipsis whitespace-nowrap text-slate-700 ${
              align === 'right' ? 'text-right' : align === 'center' ? 'text-center' : ''
            } ${selected && cell.column.getIndex() === 0 ? 'shadow-[inset_3px_0_0_var(--color-indigo-600)]' : ''}`}
          >
            {cell.column.id === 'visitor' ? (
              <Link
                to={{ pathname: conversationPath(row.original), search }}
                tabIndex={-1}
                className="block truncate hover:underline"
              >
                {content}
              </Link>
            ) : (
              content
            )}
          </td>
        );
      })}
    </tr>
  );
});

function SkeletonBody({ columns }: { columns: number }) {
  return (
    <tbody aria-hidden="true">
      {Array.from({ length: SKELETON_ROWS }, (_, rowIndex) => (
        <tr key={rowIndex} style={{ height: ROW_HEIGHT }}>
          {Array.from({ length: columns }, (_, cellIndex) => (
            <td key={cellIndex} className="border-b border-slate-100 px-3">
              <div
                className="h-3 animate-pulse rounded bg-slate-200/70"
                style={{ width: `${45 + ((rowIndex * 7 + cellIndex * 13) % 45)}%` }}
              />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
