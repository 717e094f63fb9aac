import { useSyncExternalStore } from 'react';
import type { VendorId } from '../../model/conversation';
import type { LoadProgress } from '../progress-store';

/** Background transcript details per vendor ("ImBox details 340/742"); null when none are being fetched. */
const progress = new Map<VendorId, LoadProgress>();
const listeners = new Set<() => void>();

export function reportDetailsProgress(vendor: VendorId, value: LoadProgress | null): void {
  if (value === null) progress.delete(vendor);
  else progress.set(vendor, value);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDetailsProgress(vendor: VendorId): LoadProgress | null {
  return useSyncExternalStore(
    subscribe,
    () => progress.get(vendor) ?? null,
    () => null,
  );
}
