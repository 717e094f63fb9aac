import { useEffect, useRef } from 'react';
import type { Conversation } from '../../model/conversation';

/** Long enough that sweeping the pointer across the list fetches nothing, short enough to win the click. */
const HOVER_PREFETCH_DELAY_MS = 120;

/**
 * Fetches a row's transcript when the pointer rests on it, so it is there when the row is opened. One
 * timer for the whole table: moving to another row restarts it, leaving the table cancels it.
 */
export function useHoverPrefetch(onPrefetch: (conversation: Conversation) => void) {
  const timer = useRef<number | undefined>(undefined);
  const hoveredKey = useRef<string | null>(null);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function onRowHover(conversation: Conversation) {
    if (hoveredKey.current === conversation.key) return;
    hoveredKey.current = conversation.key;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onPrefetch(conversation), HOVER_PREFETCH_DELAY_MS);
  }

  function onLeave() {
    hoveredKey.current = null;
    window.clearTimeout(timer.current);
  }

  return { onRowHover, onLeave };
}
