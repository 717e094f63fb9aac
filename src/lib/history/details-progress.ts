import type { VendorId } from '../../model/conversation';
import type { LoadProgress } from '../progress-store';
import { throttledNotifier } from '../throttled-notify';
import { useBackgroundStore } from '../use-background-store';

/** Background transcript details per vendor ("ImBox details 340/742"); null when none are being fetched. */
const progress = new Map<VendorId, LoadProgress>();
const listeners = new Set<() => void>();
// Details arrive many times a second; the count on screen moves twice a second.
const notify = throttledNotifier(listeners, 500);

export function reportDetailsProgress(vendor: VendorId, value: LoadProgress | null): void {
  if (value === null) progress.delete(vendor);
  else progress.set(vendor, value);
  notify(value === null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDetailsProgress(vendor: VendorId): LoadProgress | null {
  return useBackgroundStore(subscribe, () => progress.get(vendor) ?? null, vendor);
}
