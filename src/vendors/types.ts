import type { QueryClient, QueryFunction, QueryKey } from '@tanstack/react-query';
import type { Conversation, TranscriptDetail, VendorId } from '../model/conversation';
import type { DayRange } from '../lib/date-range';

/** What the list view asks of every vendor. */
export type ListRequest = {
  range: DayRange;
  /**
   * A whole visitor e-mail address (lowercased) when the search box holds one; vendors that filter by
   * e-mail server-side push it down. Fragments are never pushed down: the browser filters those.
   */
  email: string | null;
};

/** The part of React Query's options an adapter decides; the caller adds UI concerns (enabled, ...). */
export type AdapterQuery<Data> = {
  queryKey: QueryKey;
  queryFn: QueryFunction<Data>;
  staleTime?: number;
};

/**
 * One vendor behind the common contract: pure normalizers plus query options. The registry is the only
 * place that lists adapters; nothing else names a vendor.
 */
export type VendorAdapter = {
  id: VendorId;
  /** Display name: "Social Intents". */
  label: string;
  /**
   * Every conversation that started in `request.range` (exact instants: the adapter drops rows outside),
   * normalized. Reports page progress through lib/progress-store when it takes many requests.
   */
  listQuery: (request: ListRequest) => AdapterQuery<Conversation[]>;
  /**
   * For vendors whose list does not carry messages (ImBox): the transcript and details-panel extras of
   * one conversation, fetched lazily and cached per conversation. Absent when the list carries them.
   */
  transcriptQuery?: (conversation: Conversation) => AdapterQuery<TranscriptDetail>;
  /**
   * Every conversation that started in `range` (whole days; the vendor widens them by its own margin and
   * keeps the range's exact instants), for the local history (src/vendors/history), which asks only the
   * spans it does not hold. `email` is pushed down where the vendor filters by it.
   */
  fetchRange: (range: DayRange, options: FetchRangeOptions) => Promise<Conversation[]>;
};

export type FetchRangeOptions = { signal: AbortSignal; client: QueryClient; email?: string | null };

/** Hierarchical query keys: all -> vendor -> list(request) / transcript(id). */
export const vendorKeys = {
  all: ['vendors'] as const,
  vendor: (vendor: VendorId) => [...vendorKeys.all, vendor] as const,
  list: (vendor: VendorId, request: ListRequest) =>
    [
      ...vendorKeys.vendor(vendor),
      'list',
      { from: request.range.from, to: request.range.to, tz: request.range.timeZone, email: request.email },
    ] as const,
  transcript: (vendor: VendorId, id: string) => [...vendorKeys.vendor(vendor), 'transcript', id] as const,
};
