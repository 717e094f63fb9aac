import type { OnChangeFn, SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { Conversation } from '../../model/conversation';
import { buildSearchIndex, matchConversations, type StartBounds } from './filter-conversations';
import type { ListFilters } from '../../lib/list-filters';
import { newestFirst, pickInOrder, sortOrder } from './sort-conversations';

export type VisibleConversations = {
  /** The conversations matching the filters, in the table's sort order. */
  rows: Conversation[];
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
};

/**
 * Filters and sorts the loaded conversations for the table (and the export, which takes the same rows
 * in the same order). Sorting runs when the data or the sort changes, the search index is built once per
 * data set, and a filter change is one pass over the data.
 */
export function useVisibleConversations(
  conversations: ReadonlyArray<Conversation>,
  filters: ListFilters,
  bounds: StartBounds,
): VisibleConversations {
  const [sorting, setSorting] = useState<SortingState>(newestFirst);
  const order = useMemo(() => sortOrder(conversations, sorting), [conversations, sorting]);
  const index = useMemo(() => buildSearchIndex(conversations), [conversations]);
  const { start, end } = bounds;
  const match = useMemo(
    () => matchConversations(index, filters, { start, end }),
    [index, filters, start, end],
  );
  const rows = useMemo(() => pickInOrder(conversations, order, match.mask), [conversations, order, match]);
  return { rows, sorting, onSortingChange: setSorting };
}
