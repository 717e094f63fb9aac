import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, following the window as it resizes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The wide layout (table beside the transcript) from 1024px, Tailwind's `lg`. */
export const WIDE_LAYOUT_QUERY = '(min-width: 1024px)';
