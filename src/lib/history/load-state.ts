import { useSyncExternalStore } from 'react';
import type { HistoryAccount } from './history-store';

/**
 * Per account: when the view's range was last asked of the vendor (for "Loaded 3 min ago"), and whether
 * the user asked for a refresh that the next load must honour (ask everything again, held or not).
 */
const loadedAt = new Map<HistoryAccount, number | null>();
const refreshRequested = new Set<HistoryAccount>();
const listeners = new Set<() => void>();

export function setLoadedAt(account: HistoryAccount, at: number | null): void {
  if (loadedAt.get(account) === at) return;
  loadedAt.set(account, at);
  for (const listener of listeners) listener();
}

export function useLoadedAt(account: HistoryAccount | null): number | null {
  return useSyncExternalStore(
    subscribe,
    () => (account === null ? null : (loadedAt.get(account) ?? null)),
    () => null,
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function requestRefresh(account: HistoryAccount): void {
  refreshRequested.add(account);
}

/**
 * Whether a refresh was asked for and has not been done yet. It stays asked until a load of the account
 * succeeds (`refreshDone`): taken by the first attempt, a retry after the vendor failed read the device
 * instead, and the failed Refresh showed the held rows as if it had worked.
 */
export function isRefreshRequested(account: HistoryAccount): boolean {
  return refreshRequested.has(account);
}

export function refreshDone(account: HistoryAccount): void {
  refreshRequested.delete(account);
}
