import { useEffect, useRef, type RefObject } from 'react';

/**
 * Closing the transcript unmounts what had focus: give it back to the row it was opened from, unless
 * focus already went somewhere else (a narrow window's dialog returns it itself).
 */
export function useFocusRestore(selectedKey: string | null, scrollRef: RefObject<HTMLDivElement | null>) {
  const previousSelected = useRef(selectedKey);
  useEffect(() => {
    const closed = previousSelected.current;
    previousSelected.current = selectedKey;
    if (selectedKey !== null || closed === null) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    scrollRef.current?.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(closed)}"]`)?.focus();
  }, [selectedKey, scrollRef]);
}
