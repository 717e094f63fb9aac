import {
  conversationStatusSchema,
  vendorIdSchema,
  type ConversationStatus,
  type VendorId,
} from '../model/conversation';

/**
 * The list's filters as the URL carries them. The parameter names are part of the product (people share
 * these links), so they live here once. A parameter repeats for several values (`?tag=vip&tag=bug`).
 */
/**
 * `unrated`: the vendor rates chats and nobody rated this one; `not-offered`: the vendor never rates chats
 * (Social Intents), which is not the same as unrated.
 */
export const ratingFilters = ['good', 'bad', 'neutral', 'rated', 'unrated', 'not-offered'] as const;
export type RatingFilter = (typeof ratingFilters)[number];

export type ListFilters = {
  vendors: VendorId[];
  agents: string[];
  tags: string[];
  ratings: RatingFilter[];
  statuses: ConversationStatus[];
  /** The search box as typed; matching trims and ignores case. */
  q: string;
};

/** The multi-value filters, i.e. everything but the search text. */
export type ListFacet = Exclude<keyof ListFilters, 'q'>;

export const facetParams: Readonly<Record<ListFacet, string>> = {
  vendors: 'vendor',
  agents: 'agent',
  tags: 'tag',
  ratings: 'rating',
  statuses: 'status',
};
const SEARCH_PARAM = 'q';
const facetOrder: ReadonlyArray<ListFacet> = ['vendors', 'agents', 'tags', 'ratings', 'statuses'];

export const noFilters: ListFilters = { vendors: [], agents: [], tags: [], ratings: [], statuses: [], q: '' };

const ratingFilterSet: ReadonlySet<string> = new Set(ratingFilters);

function isRatingFilter(value: string): value is RatingFilter {
  return ratingFilterSet.has(value);
}

/** Trimmed, non-empty, first occurrence kept: a hand-edited link may repeat a value or leave one blank. */
function cleanValues(values: ReadonlyArray<string>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed !== '') seen.add(trimmed);
  }
  return [...seen];
}

function pickValid<T extends string>(
  values: ReadonlyArray<string>,
  isValid: (value: string) => value is T,
): T[] {
  return cleanValues(values).filter(isValid);
}

function isVendor(value: string): value is VendorId {
  return vendorIdSchema.safeParse(value).success;
}

function isStatus(value: string): value is ConversationStatus {
  return conversationStatusSchema.safeParse(value).success;
}

/** Unknown vendor, rating or status values are dropped rather than matching nothing. */
export function parseListFilters(params: URLSearchParams): ListFilters {
  return {
    vendors: pickValid(params.getAll(facetParams.vendors), isVendor),
    agents: cleanValues(params.getAll(facetParams.agents)),
    tags: cleanValues(params.getAll(facetParams.tags)),
    ratings: pickValid(params.getAll(facetParams.ratings), isRatingFilter),
    statuses: pickValid(params.getAll(facetParams.statuses), isStatus),
    q: params.get(SEARCH_PARAM) ?? '',
  };
}

/**
 * A copy of `params` with the filters replaced: other parameters (the date range, anything unknown) stay
 * where they are, filters follow in a fixed order so equal views give equal links.
 */
export function writeListFilters(params: URLSearchParams, filters: ListFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const facet of facetOrder) next.delete(facetParams[facet]);
  next.delete(SEARCH_PARAM);
  for (const facet of facetOrder) {
    for (const value of cleanValues(filters[facet])) next.append(facetParams[facet], value);
  }
  if (filters.q.trim() !== '') next.set(SEARCH_PARAM, filters.q);
  return next;
}

/** A copy of `params` showing the days `from`..`to` (YYYY-MM-DD, inclusive). */
export function writeDayRange(params: URLSearchParams, from: string, to: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('from', from);
  next.set('to', to);
  return next;
}

export function hasActiveFilters(filters: ListFilters): boolean {
  return filters.q.trim() !== '' || facetOrder.some((facet) => filters[facet].length > 0);
}

export function activeFilterCount(filters: ListFilters): number {
  return facetOrder.reduce((sum, facet) => sum + filters[facet].length, 0);
}
