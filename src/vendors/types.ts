import type { QueryClient, QueryKey, UseQueryOptions } from '@tanstack/react-query';
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

/**
 * A vendor's list for one request: the conversations it could read, and how many items the vendor sent
 * that could not be read (no id, no instant). Those are left out, never failing the list, and the count
 * is said in the vendor's status.
 */
export type VendorList = { conversations: Conversation[]; unreadable: number };

/**
 * The part of React Query's options an adapter decides, as each vendor's `queries.ts` builds them with
 * `queryOptions()`; the caller adds UI concerns (enabled, placeholder data, ...).
 */
export type AdapterQuery<Data> = Pick<
  UseQueryOptions<Data, Error, Data, QueryKey>,
  'queryKey' | 'queryFn' | 'staleTime'
>;

/**
 * One vendor behind the common contract: its query options (built in `<vendor>/queries.ts`). The registry
 * ties each vendor id to its adapter; the vendor's facts are in src/model/vendor-descriptors.ts.
 */
export type VendorAdapter = {
  id: VendorId;
  /** Display name, from the vendor's descriptor. */
  label: string;
  /**
   * Every conversation that started in `request.range` (exact instants: the adapter drops rows outside),
   * normalized. Reports page progress through lib/progress-store when it takes many requests.
   */
  listQuery: (request: ListRequest) => AdapterQuery<VendorList>;
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
  fetchRange: (range: DayRange, options: FetchRangeOptions) => Promise<VendorList>;
  /**
   * Every conversation of one visitor e-mail (lowercased) over all time, by the vendor's own e-mail filter
   * asked without a date bound (the visitor page). Absent when the vendor cannot filter by e-mail: then
   * only what the browser holds is searched. `timeZone` is how the vendor writes its times, where asked.
   */
  visitorEmailQuery?: (email: string, timeZone: string) => AdapterQuery<VendorList>;
};

export type FetchRangeOptions = {
  signal: AbortSignal;
  client: QueryClient;
  email?: string | null;
  /**
   * Hears rows as the vendor's pages are read, before the list is whole, for showing them meanwhile (a
   * vendor answered in one request need not call it). What the promise resolves to is the list: a row
   * heard may be heard again from another page, and only the list says which rows it holds.
   */
  onRows?: (rows: ReadonlyArray<Conversation>) => void;
};

/**
 * Hierarchical query keys: all -> vendor -> list(request) / transcript(id). Typed as plain `QueryKey` so
 * every vendor's `queryOptions()` fits the one adapter contract.
 */
export const vendorKeys = {
  all: ['vendors'] as const,
  vendor: (vendor: VendorId) => [...vendorKeys.all, vendor] as const,
  list: (vendor: VendorId, request: ListRequest): QueryKey => [
    ...vendorKeys.vendor(vendor),
    'list',
    { from: request.range.from, to: request.range.to, tz: request.range.timeZone, email: request.email },
  ],
  transcript: (vendor: VendorId, id: string): QueryKey => [...vendorKeys.vendor(vendor), 'transcript', id],
  visitorEmail: (vendor: VendorId, email: string, timeZone: string): QueryKey => [
    ...vendorKeys.vendor(vendor),
    'visitor-email',
    { email, tz: timeZone },
  ],
};
