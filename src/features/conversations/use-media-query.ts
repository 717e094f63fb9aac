import { useCallback, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, following the window as it resizes. */
export function useMediaQuery(query: string): boolean {
  // Stable per query: a new function on every render would make React unsubscribe and subscribe again.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The wide layout (table beside the transcript) from 1024px, Tailwind's `lg`. */
export const WIDE_LAYOUT_QUERY = '(min-width: 1024px)';

/** Phones: below 640 px (Tailwind's `sm`) the rows become cards. */
export const CARDS_QUERY = '(max-width: 639.98px)';
