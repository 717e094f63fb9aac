import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type Row,
  type SortingState,
  type Table,
  type VisibilityState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { Conversation } from '../../model/conversation';
import { columnLayout, conversationColumns, narrowColumnOrder } from './conversation-columns';
import { buildSearchIndex, matchConversations, type StartBounds } from './filter-conversations';
import type { ListFilters } from './list-filters';

const coreRowModel = getCoreRowModel<Conversation>();
const sortedRowModel = getSortedRowModel<Conversation>();
const newestFirst: SortingState = [{ id: 'startedAt', desc: true }];

const besidePaneVisibility: VisibilityState = Object.fromEntries(
  Object.entries(columnLayout).flatMap(([id, layout]) => (layout.hiddenBesidePane ? [[id, false]] : [])),
);
const allVisible: VisibilityState = {};

function rowId(conversation: Conversation): string {
  return conversation.key;
}

export type ConversationsTable = {
  table: Table<Conversation>;
  /** The matching rows in the current sort order. */
  rows: ReadonlyArray<Row<Conversation>>;
};

/**
 * TanStack Table sorts; filtering happens here (manualFiltering). The table is given every loaded
 * conversation and filtering picks from its sorted rows: building 100,000 TanStack rows is by far the
 * most expensive step, and this way it happens once per data set instead of on every keystroke.
 */
export function useConversationsTable(options: {
  conversations: Conversation[];
  filters: ListFilters;
  bounds: StartBounds;
  /** The transcript pane takes part of the width: the less telling columns step aside. */
  besidePane: boolean;
  narrow: boolean;
}): ConversationsTable {
  const { conversations, filters, bounds, besidePane, narrow } = options;
  const [sorting, setSorting] = useState<SortingState>(newestFirst);

  const table = useReactTable({
    data: conversations,
    columns: conversationColumns,
    getRowId: rowId,
    state: {
      sorting,
      columnVisibility: besidePane ? besidePaneVisibility : allVisible,
      columnOrder: narrow ? narrowColumnOrder : [],
    },
    onSortingChange: setSorting,
    getCoreRowModel: coreRowModel,
    getSortedRowModel: sortedRowModel,
    manualFiltering: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });

  const index = useMemo(() => buildSearchIndex(conversations), [conversations]);
  const { start, end } = bounds;
  const match = useMemo(
    () => matchConversations(index, filters, { start, end }),
    [index, filters, start, end],
  );
  const sortedRows = table.getRowModel().rows;
  const rows = useMemo(() => sortedRows.filter((row) => match.mask[row.index] === 1), [sortedRows, match]);
  return { table, rows };
}
