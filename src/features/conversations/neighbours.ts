/** Where the open conversation sits in the filtered, sorted list, and which ones come before and after. */
export type Neighbours<T> = {
  /** 1-based; null when the open conversation is not in the list (filtered out, not loaded yet). */
  position: number | null;
  total: number;
  previous: T | null;
  next: T | null;
};

/**
 * The previous and next rows around `key` in `rows` (the list as filtered and sorted). At either end there
 * is no neighbour on that side (no wrapping round: reaching the end is worth noticing). When the open
 * conversation is not in the list, there is nothing to step from.
 */
export function neighboursOf<T extends { key: string }>(
  rows: ReadonlyArray<T>,
  key: string | null,
): Neighbours<T> {
  const index = key === null ? -1 : rows.findIndex((row) => row.key === key);
  if (index === -1) return { position: null, total: rows.length, previous: null, next: null };
  return {
    position: index + 1,
    total: rows.length,
    previous: rows[index - 1] ?? null,
    next: rows[index + 1] ?? null,
  };
}

/** Keys that step through conversations while one is open: J/K as in mail readers, not inside a field. */
export function stepForKey(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}): 'next' | 'previous' | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  if (event.key === 'j' || event.key === 'J') return 'next';
  if (event.key === 'k' || event.key === 'K') return 'previous';
  return null;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  // A listbox or menu takes letters as typeahead.
  return target.closest('[role="listbox"], [role="menu"], [role="combobox"]') !== null;
}
