import { useSyncExternalStore } from 'react';

/**
 * Whether this tab learnt that its session ended: someone signed out in another tab. Kept apart from
 * `GET /api/me` and sticky until the page is loaded again: that tab clears the device and only then posts
 * its sign-out, so for a moment the server still answers here as signed in, and a view shown again would
 * load (and store) the conversations that were just cleared.
 */
let ended = false;
const listeners = new Set<() => void>();

export function endSession(): void {
  if (ended) return;
  ended = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionEndedHere(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => ended,
    () => ended,
  );
}
