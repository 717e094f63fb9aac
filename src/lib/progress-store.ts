import type { VendorId } from '../model/conversation';
import { throttledNotifier } from './throttled-notify';
import { useBackgroundStore } from './use-background-store';

/**
 * Loading progress per vendor ("page 12 of 60"), reported by adapters whose lists take many requests.
 * Kept outside React Query because a query's data only exists once the whole list has arrived.
 */
export type LoadProgress = { done: number; total: number };

const progress = new Map<VendorId, LoadProgress>();
const listeners = new Set<() => void>();

let forward: ((vendor: VendorId, value: LoadProgress | null) => void) | null = null;

// Pages arrive many times a second; the progress on screen moves four times a second.
const notify = throttledNotifier(listeners, 250);

export function reportProgress(vendor: VendorId, value: LoadProgress | null): void {
  forward?.(vendor, value);
  if (value === null) progress.delete(vendor);
  else progress.set(vendor, value);
  notify(value === null);
}

/**
 * In the history worker, adapters report progress into the worker's copy of this module; this hands each
 * report on to the page, whose copy the views read.
 */
export function forwardProgress(to: (vendor: VendorId, value: LoadProgress | null) => void): void {
  forward = to;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLoadProgress(vendor: VendorId): LoadProgress | null {
  return useBackgroundStore(subscribe, () => progress.get(vendor) ?? null, vendor);
}

let snapshot: ReadonlyMap<VendorId, LoadProgress> = new Map();
listeners.add(() => {
  snapshot = new Map(progress);
});

/** Every vendor's page progress at once (for the one overall progress bar). */
export function useAllLoadProgress(): ReadonlyMap<VendorId, LoadProgress> {
  return useBackgroundStore(subscribe, () => snapshot);
}
