import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { rangeFromParams, type DayRange } from '../../lib/date-range';
import { useDisplayTimeZone } from '../../lib/display-time-zone';
import { isCompleteEmail } from '../../model/text';
import {
  noFilters,
  parseListFilters,
  writeDayRange,
  writeListFilters,
  type ListFacet,
  type ListFilters,
} from '../../lib/list-filters';
import { searchAtKeystroke } from './use-text-search';
import { sessionStore } from '../../lib/browser-storage';
import { forgetPendingSearch, rememberPendingSearch, takePendingSearch } from './pending-search-text';

/** How long typing pauses before the search text is written into the link. */
const SEARCH_URL_DELAY_MS = 250;

export type ListFilterState = {
  /** As the URL has them. */
  filters: ListFilters;
  /** What the table filters by right now: the URL's filters with the search box's (deferred) text. */
  appliedFilters: ListFilters;
  range: DayRange;
  /** The search box's value, ahead of the URL while typing. */
  searchText: string;
  /** A whole e-mail address from the (settled) search, which vendors can filter by themselves. */
  email: string | null;
  /** The query string of the current view, including search text not yet in the URL ("?…" or ""). */
  search: string;
  setFacet: (facet: ListFacet, values: ReadonlyArray<string>) => void;
  setSearchText: (text: string) => void;
  /** The search box lost focus: the next typing starts a new history entry. */
  endSearchSession: () => void;
  setDayRange: (from: string, to: string) => void;
  clearFilters: () => void;
};

type SearchState = {
  draft: string;
  /** The URL's `q` at the last render, to notice Back/Forward changing it. */
  seen: string;
  /** The last text this hook wrote into the URL. */
  written: string;
};

/**
 * The list's filters live in the URL, so a view is a shareable link and Back/Forward restore it. Filter
 * changes push a history entry; typing in the search box filters at once (deferred) and reaches the URL
 * after a pause: the first write of a typing session pushes an entry, later ones replace it.
 */
export function useListFilters(): ListFilterState {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseListFilters(searchParams), [searchParams]);
  const fromParam = searchParams.get('from');
  const toParam = searchParams.get('to');
  // The range's days are days in the display timezone (`tz`), so Tokyo's Monday is Monday in Tokyo.
  const timeZone = useDisplayTimeZone();
  const range = useMemo(() => {
    const params = new URLSearchParams();
    if (fromParam !== null) params.set('from', fromParam);
    if (toParam !== null) params.set('to', toParam);
    return rangeFromParams(params, timeZone);
  }, [fromParam, toParam, timeZone]);

  // Text typed at this very address just before a reload is taken back, and written into the link.
  const [search, setSearch] = useState<SearchState>(() => ({
    draft: takePendingSearch(sessionStore(), window.location) ?? filters.q,
    seen: filters.q,
    written: filters.q,
  }));
  if (filters.q !== search.seen) {
    // The URL changed under us (Back/Forward, a link, Clear filters): the box follows it, unless this
    // is just our own debounced write of what is already in the box.
    const ours = filters.q === search.written;
    setSearch({ draft: ours ? search.draft : filters.q, seen: filters.q, written: filters.q });
  }
  // Back and Forward, heard from the browser itself. A navigation renders as a transition, and one that
  // has not landed yet (our own write of the text, on a busy page) leaves the check above nothing to see:
  // Back from it returns to the `q` this hook last saw, and the box kept the text the link no longer has.
  useEffect(() => {
    const followHistory = () => {
      const q = parseListFilters(liveSearchParams()).q;
      setSearch((state) => (q === state.written ? state : { ...state, draft: q, written: q }));
    };
    window.addEventListener('popstate', followHistory);
    return () => window.removeEventListener('popstate', followHistory);
  }, []);
  const draft = search.draft;
  const deferredDraft = useDeferredValue(draft);

  // Whether the search box has already pushed a history entry for the current typing session.
  const searchSessionPushed = useRef(false);

  useEffect(() => {
    if (draft === filters.q) return;
    const timer = setTimeout(() => {
      const current = liveSearchParams();
      // Already in the link (Clear filters, Back): the render that shows it may not have landed yet.
      if ((parseListFilters(current).q ?? '') === draft) return;
      const replace = searchSessionPushed.current;
      searchSessionPushed.current = true;
      setSearch((state) => ({ ...state, written: draft }));
      setSearchParams(writeListFilters(current, { ...parseListFilters(current), q: draft }), { replace });
    }, SEARCH_URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, filters.q, setSearchParams]);

  // The note of what was typed goes once the link carries it: not when the write is asked for, since a
  // navigation lands a moment later and a reload in between would find neither.
  useEffect(() => {
    if (draft === filters.q) forgetPendingSearch(sessionStore());
  }, [draft, filters.q]);

  const writeFilters = useCallback(
    (next: ListFilters) => {
      searchSessionPushed.current = false;
      setSearch((state) => ({ ...state, draft: next.q, written: next.q }));
      setSearchParams(writeListFilters(liveSearchParams(), next));
    },
    [setSearchParams],
  );

  const setFacet = useCallback(
    (facet: ListFacet, values: ReadonlyArray<string>) => {
      // Text typed but not yet in the URL goes along, so the new history entry has it.
      writeFilters({ ...filters, q: draft, [facet]: [...values] });
    },
    [filters, draft, writeFilters],
  );

  const clearFilters = useCallback(() => writeFilters(noFilters), [writeFilters]);

  const setDayRange = useCallback(
    (from: string, to: string) => {
      searchSessionPushed.current = false;
      setSearch((state) => ({ ...state, written: draft }));
      setSearchParams(
        writeDayRange(writeListFilters(liveSearchParams(), { ...filters, q: draft }), from, to),
      );
    },
    [filters, draft, setSearchParams],
  );

  const setSearchText = useCallback((text: string) => {
    searchAtKeystroke(text);
    setSearch((state) => ({ ...state, draft: text }));
    // Noted at once; the effect above removes it when the link carries the text (or already did).
    rememberPendingSearch(sessionStore(), window.location, text);
  }, []);
  const endSearchSession = useCallback(() => {
    searchSessionPushed.current = false;
  }, []);

  const appliedFilters = useMemo(() => ({ ...filters, q: deferredDraft }), [filters, deferredDraft]);
  const settledQuery = filters.q.trim();
  const email = isCompleteEmail(settledQuery) ? settledQuery.toLowerCase() : null;
  const currentSearch = useMemo(() => {
    const query = writeListFilters(searchParams, { ...filters, q: draft }).toString();
    return query === '' ? '' : `?${query}`;
  }, [searchParams, filters, draft]);

  return {
    filters,
    appliedFilters,
    range,
    searchText: draft,
    email,
    search: currentSearch,
    setFacet,
    setSearchText,
    endSearchSession,
    setDayRange,
    clearFilters,
  };
}

/**
 * The link as it is now. Navigations render as transitions, so the search params a render (or
 * setSearchParams' functional form) sees can lag the address bar; a write built on them would bring back
 * a filter that was just cleared.
 */
function liveSearchParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}
