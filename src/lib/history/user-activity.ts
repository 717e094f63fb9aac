/**
 * Whether the person is using the page right now: a key, a pointer or a click, typing, scrolling or
 * Back/Forward in the last moment, or an export running. Background work (the ImBox details) steps aside
 * meanwhile: on a machine with few cores its fetching, parsing and storing would otherwise share the CPU
 * with the answer to that keystroke.
 */
const QUIET_AFTER_MS = 1500;
const EVENTS = ['keydown', 'pointerdown', 'click', 'input', 'wheel', 'popstate'] as const;

let active = false;
let typing = false;
let holds = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let watching = false;
const listeners = new Set<(active: boolean) => void>();
const waiting: Array<() => void> = [];

function update(): void {
  const next = typing || holds > 0;
  if (active === next) return;
  active = next;
  for (const listener of listeners) listener(active);
  if (!active) for (const resume of waiting.splice(0)) resume();
}

function onActivity(): void {
  typing = true;
  update();
  clearTimeout(timer);
  timer = setTimeout(() => {
    typing = false;
    update();
  }, QUIET_AFTER_MS);
}

/**
 * Keeps the page busy until the returned release is called: for work the person started and waits on (an
 * export), which background work should not slow down.
 */
export function holdBackgroundWork(): () => void {
  holds += 1;
  update();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    update();
  };
}

function watch(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  for (const type of EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
}

/** Calls `listener` whenever the page turns busy or quiet (at once with the current state). */
export function onUserActivity(listener: (active: boolean) => void): () => void {
  watch();
  listeners.add(listener);
  listener(active);
  return () => listeners.delete(listener);
}

/** Runs `task` now when the page is quiet, else once it is. */
export function whenUserQuiet(task: () => void): void {
  watch();
  if (!active) task();
  else waiting.push(task);
}
