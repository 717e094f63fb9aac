/**
 * Tells `listeners` of a change at most once per `intervalMs` (the last change always gets through), or at
 * once when asked. Progress stores use it: a stream of changes (a detail arriving every few milliseconds)
 * would otherwise be a render each, which the page's own renders (a navigation, a filter change) would wait
 * behind; their views take the changes in transitions (use-background-store.ts).
 */
export function throttledNotifier(listeners: ReadonlySet<() => void>, intervalMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  const fire = () => {
    timer = null;
    last = Date.now();
    for (const listener of listeners) listener();
  };
  return (immediately = false): void => {
    if (immediately) {
      if (timer !== null) clearTimeout(timer);
      fire();
      return;
    }
    if (timer !== null) return;
    const wait = Math.max(0, last + intervalMs - Date.now());
    if (wait === 0) fire();
    else timer = setTimeout(fire, wait);
  };
}
