import { shiftDay, type DayRange } from '../../lib/date-range';
import type { VendorId } from '../../model/conversation';
import { hasActiveFilters, type ListFilters } from '../../lib/list-filters';

type LoadState = 'loading' | 'error' | 'ready';

/** What these rules read of the loading state (a `ConversationsData` fits). */
export type ListLoad = {
  server: { state: LoadState };
  vendors: ReadonlyArray<{ vendor: VendorId; label: string; state: LoadState; stale?: boolean }>;
};

export type EmptyReason =
  | { kind: 'no-vendors' }
  | { kind: 'all-failed' }
  | { kind: 'no-match'; filters: ListFilters }
  | { kind: 'empty-range'; range: DayRange };

/** What the table area shows: the rows, a skeleton, or why there are none. */
export type ListPlaceholder =
  { kind: 'rows' } | { kind: 'skeleton' } | { kind: 'empty'; reason: EmptyReason; stillLoading: string[] };

/** The widest quick range; an empty result offers it. */
export const WIDEST_PRESET_DAYS = 90;

/**
 * Rows when there are any (even while other vendors load); a skeleton while nothing has finished, rather
 * than a premature "nothing found"; else why the list is empty, naming the vendors still loading.
 */
export function listPlaceholder(
  load: ListLoad,
  rowCount: number,
  filters: ListFilters,
  range: DayRange,
): ListPlaceholder {
  if (rowCount > 0) return { kind: 'rows' };
  if (isStillStarting(load)) return { kind: 'skeleton' };
  return {
    kind: 'empty',
    reason: emptyReason(load, filters, range),
    stillLoading: load.vendors.filter((vendor) => vendor.state === 'loading').map((vendor) => vendor.label),
  };
}

function isStillStarting(load: ListLoad): boolean {
  if (load.server.state === 'loading') return true;
  return load.vendors.length > 0 && load.vendors.every((vendor) => vendor.state === 'loading');
}

function emptyReason(load: ListLoad, filters: ListFilters, range: DayRange): EmptyReason {
  if (load.server.state === 'error') return { kind: 'all-failed' };
  if (load.server.state === 'ready' && load.vendors.length === 0) return { kind: 'no-vendors' };
  if (load.vendors.length > 0 && load.vendors.every((vendor) => vendor.state === 'error'))
    return { kind: 'all-failed' };
  if (hasActiveFilters(filters)) return { kind: 'no-match', filters };
  return { kind: 'empty-range', range };
}

/** Whether the open conversation may still arrive: its vendor (or the server's vendor list) is loading. */
export function isVendorLoading(load: ListLoad, vendor: VendorId): boolean {
  if (load.server.state === 'loading') return true;
  return load.vendors.some((item) => item.vendor === vendor && item.state === 'loading');
}

/** The vendors an export covers and names its file by: those filtered to, or else every one that loaded. */
export function exportedVendors(load: ListLoad, filtered: ReadonlyArray<VendorId>): VendorId[] {
  const enabled = load.vendors.map((vendor) => vendor.vendor);
  if (filtered.length > 0) return filtered.filter((vendor) => enabled.includes(vendor));
  return load.vendors.filter((vendor) => vendor.state === 'ready').map((vendor) => vendor.vendor);
}

/** The last 90 days, which an empty range offers; null when the range already covers them. */
export function widenedRange(
  range: Pick<DayRange, 'from' | 'to'>,
  today: string,
): { from: string; to: string } | null {
  const widest = shiftDay(today, -(WIDEST_PRESET_DAYS - 1));
  return range.from <= widest && range.to >= today ? null : { from: widest, to: today };
}
