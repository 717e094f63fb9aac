import type { SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { SearchQuery } from '../../lib/search/parse-query';
import type { Conversation } from '../../model/conversation';
import { buildSearchIndex, matchConversations, type StartBounds } from './filter-conversations';
import type { ListFilters } from '../../lib/list-filters';
import { pickInOrder, sortOrder } from './sort-conversations';
import { useTextSearch } from './use-text-search';

export type VisibleConversations = {
  /** The conversations matching the filters, in the table's sort order. */
  rows: Conversation[];
  /** The search as read from `q` (folded terms). */
  query: SearchQuery;
  /**
   * The search worker has not answered for these conversations and this search yet: `rows` are the
   * previous answer's meanwhile, so they may be incomplete or stale (the export waits).
   */
  searchPending: boolean;
  /**
   * The filters and search `rows` were picked with: while the worker works, the previous ones. The table
   * takes these, not the latest, so it does not re-render the old rows for a search they were not
   * picked for (at 100,000 conversations that render cost a keystroke about 30 ms).
   */
  rowsFor: { filters: ListFilters; query: SearchQuery };
  /** Conversations the search could not look inside yet: the worker is still reading their text. */
  heldPending: number;
};

/**
 * Filters and sorts the loaded conversations for the table (and the export, which takes the same rows
 * in the same order). Sorting runs when the data or the sort changes, the search index is built once per
 * data set, and a filter change is one pass over the data. `listLoading`: a vendor's list is still
 * being read (the search worker is given the text after).
 */
export function useVisibleConversations(
  conversations: ReadonlyArray<Conversation>,
  filters: ListFilters,
  bounds: StartBounds,
  sorting: SortingState,
  listLoading: boolean,
): VisibleConversations {
  const order = useMemo(() => sortOrder(conversations, sorting), [conversations, sorting]);
  const index = useMemo(() => buildSearchIndex(conversations), [conversations]);
  const text = useTextSearch(conversations, filters.q, listLoading);
  const searching = text.query.terms.length > 0;
  const { start, end } = bounds;
  const match = useMemo(
    () =>
      searching && text.match === null
        ? null
        : matchConversations(index, filters, { start, end }, text.match?.mask ?? null),
    [index, filters, start, end, searching, text.match],
  );
  const computed = useMemo(
    () => (match === null ? null : pickInOrder(conversations, order, match.mask)),
    [conversations, order, match],
  );
  // While the worker works on a search, the last rows stay (the page keeps its place rather than flash).
  const [shown, setShown] = useState<{ rows: Conversation[]; for: VisibleConversations['rowsFor'] }>(() => ({
    rows: [],
    for: { filters, query: text.query },
  }));
  if (computed !== null && computed !== shown.rows)
    setShown({ rows: computed, for: { filters, query: text.query } });
  return {
    rows: computed ?? shown.rows,
    query: text.query,
    searchPending: computed === null,
    rowsFor: computed === null ? shown.for : { filters, query: text.query },
    heldPending: searching ? (text.latest?.heldPending ?? 0) : 0,
  };
}
