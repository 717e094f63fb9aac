import { useSyncExternalStore } from 'react';

/**
 * Where the history is kept, told honestly: on this device (and whether the browser promised to keep it),
 * or only in this tab's memory, with the reason.
 */
export type StorageStatus = {
  kind: 'opening' | 'device' | 'memory';
  /** `navigator.storage.persist()`'s answer: false means the browser may clear it when space runs low. */
  persisted: boolean | null;
  /** Why the history is not (or no longer) kept on the device. */
  problem: string | null;
};

let status: StorageStatus = { kind: 'opening', persisted: null, problem: null };
const listeners = new Set<() => void>();

export function setStorageStatus(next: Partial<StorageStatus>): void {
  status = { ...status, ...next };
  for (const listener of listeners) listener();
}

export function getStorageStatus(): StorageStatus {
  return status;
}

/** Calls `listener` after every change; returns the unsubscribe (the history worker forwards with it). */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStorageStatus(): StorageStatus {
  return useSyncExternalStore(subscribe, getStorageStatus, getStorageStatus);
}
