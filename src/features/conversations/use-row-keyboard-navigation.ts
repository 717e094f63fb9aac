import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Conversation } from '../../model/conversation';
import { ROW_HEIGHT } from './table-metrics';

/**
 * The row a key moves focus to, clamped to the list, or null for a key that does not move. PageUp and
 * PageDown move by `pageSize` rows (a screenful minus one, so one row stays in view).
 */
export function nextRowIndex(key: string, index: number, count: number, pageSize: number): number | null {
  if (count === 0) return null;
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + pageSize,
    PageUp: index - pageSize,
    Home: 0,
    End: count - 1,
  };
  const target = moves[key];
  return target === undefined ? null : Math.max(0, Math.min(count - 1, target));
}

/** Rows in a screenful, less one: what PageDown moves by. */
export function pageSizeFor(viewportHeight: number, rowHeight: number = ROW_HEIGHT): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
}

/**
 * Arrow keys, Page Up/Down, Home and End move focus between the table's rows, Enter and Space open one.
 * The target row may not be rendered yet (the list is virtualized): it is scrolled to and focused once
 * the virtualizer shows it. `activeKey` is the row that takes part in Tab order.
 */
export function useRowKeyboardNavigation({
  rows,
  scrollRef,
  virtualizer,
  onOpen,
}: {
  rows: ReadonlyArray<Conversation>;
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  onOpen: (conversation: Conversation) => void;
}) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const pendingFocus = useRef<number | null>(null);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (element) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  });

  function onRowKeyDown(event: KeyboardEvent, index: number) {
    const page = pageSizeFor(scrollRef.current?.clientHeight ?? 0);
    const target = nextRowIndex(event.key, index, rows.length, page);
    const conversation = target === null ? undefined : rows[target];
    if (target !== null && conversation) {
      event.preventDefault();
      setActiveKey(conversation.key);
      pendingFocus.current = target;
      virtualizer.scrollToIndex(target, { align: 'auto' });
    } else if (event.key === 'Enter' || event.key === ' ') {
      const opened = rows[index];
      if (!opened) return;
      event.preventDefault();
      onOpen(opened);
    }
  }

  return { activeKey, setActiveKey, onRowKeyDown };
}
