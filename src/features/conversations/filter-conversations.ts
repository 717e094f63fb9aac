import {
  conversationStatuses,
  ratingValues,
  vendorIds,
  type Agent,
  type Conversation,
} from '../../model/conversation';
import { vendorDescriptors } from '../../model/vendor-descriptors';
import { parseSearchQuery } from '../../lib/search/parse-query';
import { searchableText } from '../../lib/search/searchable-text';
import { TextIndex } from '../../lib/search/text-index';
import type { ListFilters, RatingFilter } from '../../lib/list-filters';
import { partsOf, perPart, ROWS_PER_SLICE, type Slices } from './conversation-parts';

/**
 * Filtering runs on every keystroke over up to 100,000 conversations, so the fields most filters test are
 * laid out once per data set in flat arrays, and the match loop allocates nothing per row. The search
 * text is matched elsewhere (the search worker, lib/search) and comes in as a mask.
 */
export type SearchIndex = {
  conversations: ReadonlyArray<Conversation>;
  // Parallel to `conversations`: the fields most filters test, as numbers in flat arrays. Reading them
  // beats reading 100,000 conversation objects whose shapes differ from vendor to vendor.
  startedAt: Float64Array;
  /** Position in vendorIds. */
  vendor: Uint8Array;
  /** Position in conversationStatuses. */
  status: Uint8Array;
  /** 0 when unrated, else 1 + position in ratingValues; NOT_OFFERED when the vendor never rates. */
  rating: Uint8Array;
};

/** The instants a conversation must have started between (both inclusive). */
export type StartBounds = { start: number; end: number };

export type MatchResult = {
  /** Parallel to the index: 1 where the conversation matches. */
  mask: Uint8Array;
  count: number;
};

/** The rating code of a conversation whose vendor never rates chats (after the three rating values). */
const NOT_OFFERED = 1 + ratingValues.length;

export function buildSearchIndex(conversations: ReadonlyArray<Conversation>): SearchIndex {
  return indexOfList(conversations, null);
}

/** buildSearchIndex worked out in slices (conversation-parts.ts): each part's arrays, then the whole. */
export function searchIndexInSlices(conversations: ReadonlyArray<Conversation>): Slices<SearchIndex> {
  return indexOfList.inSlices(conversations, null);
}

/**
 * A list's index: its parts' arrays, one after another. Kept per array like a part's (the same list is
 * indexed ahead by usePreparedConversations, then by the render that shows it, which finds it merged).
 */
const indexOfList = perPart(
  function* (conversations): Slices<SearchIndex> {
    const built: SearchIndex[] = [];
    // Kept per part even when the list is one part: usePreparedConversations works it out ahead of the render.
    for (const part of partsOf(conversations)) built.push(yield* indexedPart.inSlices(part, null));
    const [only] = built;
    if (only && built.length === 1) return only;
    const index = emptyIndex(conversations);
    let offset = 0;
    for (const part of built) {
      index.startedAt.set(part.startedAt, offset);
      index.vendor.set(part.vendor, offset);
      index.status.set(part.status, offset);
      index.rating.set(part.rating, offset);
      offset += part.conversations.length;
    }
    return index;
  },
  () => '',
);

/** One vendor's part of the index, kept while its rows are unchanged (see conversation-parts.ts). */
const indexedPart = perPart(indexPart, () => '');

/** An index of `conversations` with every field still zero. */
function emptyIndex(conversations: ReadonlyArray<Conversation>): SearchIndex {
  const count = conversations.length;
  return {
    conversations,
    startedAt: new Float64Array(count),
    vendor: new Uint8Array(count),
    status: new Uint8Array(count),
    rating: new Uint8Array(count),
  };
}

function* indexPart(conversations: ReadonlyArray<Conversation>): Slices<SearchIndex> {
  const index = emptyIndex(conversations);
  for (let i = 0; i < conversations.length; i++) {
    if (i % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) yield;
    const conversation = conversations[i] as Conversation;
    index.startedAt[i] = conversation.startedAt;
    index.vendor[i] = vendorIds.indexOf(conversation.vendor);
    index.status[i] = conversationStatuses.indexOf(conversation.status);
    index.rating[i] =
      conversation.rating !== null
        ? 1 + ratingValues.indexOf(conversation.rating.value)
        : vendorDescriptors[conversation.vendor].capabilities.ratings
          ? 0
          : NOT_OFFERED;
  }
  return index;
}

/** A lookup by code: 1 for the codes a filter accepts; null when the filter is not set. */
function wantedCodes<T>(all: ReadonlyArray<T>, wanted: ReadonlyArray<T>): Uint8Array | null {
  if (wanted.length === 0) return null;
  return Uint8Array.from(all, (value) => (wanted.includes(value) ? 1 : 0));
}

/**
 * Rating codes as in SearchIndex.rating: "rated" accepts every value, "unrated" the 0, "not-offered" the
 * conversations of vendors that never rate.
 */
function wantedRatings(ratings: ReadonlyArray<RatingFilter>): Uint8Array | null {
  if (ratings.length === 0) return null;
  const rated = ratings.includes('rated');
  return Uint8Array.from([
    ratings.includes('unrated') ? 1 : 0,
    ...ratingValues.map((value) => (rated || ratings.includes(value) ? 1 : 0)),
    ratings.includes('not-offered') ? 1 : 0,
  ]);
}

function anyAgentIn(agents: ReadonlyArray<Agent>, names: ReadonlySet<string>): boolean {
  for (let i = 0; i < agents.length; i++) if (names.has((agents[i] as Agent).name)) return true;
  return false;
}

function anyTagIn(tags: ReadonlyArray<string>, wanted: ReadonlySet<string>): boolean {
  for (let i = 0; i < tags.length; i++) if (wanted.has(tags[i] as string)) return true;
  return false;
}

function setOrNull<T>(values: ReadonlyArray<T>): ReadonlySet<T> | null {
  return values.length === 0 ? null : new Set(values);
}

/**
 * Which conversations match: started within `bounds`, and every filter that is set (values within one
 * filter are alternatives). The search (`q`) is `textMask` (parallel to the index: 1 where every word of
 * the search appears); null when nothing is searched. `filters.q` itself is not read here.
 */
export function matchConversations(
  index: SearchIndex,
  filters: ListFilters,
  bounds: StartBounds,
  textMask: Uint8Array | null = null,
): MatchResult {
  const { conversations, startedAt, vendor, status, rating } = index;
  const vendors = wantedCodes(vendorIds, filters.vendors);
  const statuses = wantedCodes(conversationStatuses, filters.statuses);
  const ratings = wantedRatings(filters.ratings);
  const agents = setOrNull(filters.agents);
  const tags = setOrNull(filters.tags);
  const { start, end } = bounds;
  const mask = new Uint8Array(conversations.length);
  let count = 0;
  for (let i = 0; i < conversations.length; i++) {
    const at = startedAt[i] as number;
    if (at < start || at > end) continue;
    if (vendors !== null && vendors[vendor[i] as number] !== 1) continue;
    if (statuses !== null && statuses[status[i] as number] !== 1) continue;
    if (ratings !== null && ratings[rating[i] as number] !== 1) continue;
    if (agents !== null && !anyAgentIn((conversations[i] as Conversation).agents, agents)) continue;
    if (tags !== null && !anyTagIn((conversations[i] as Conversation).tags, tags)) continue;
    if (textMask !== null && textMask[i] !== 1) continue;
    mask[i] = 1;
    count++;
  }
  return { mask, count };
}

/**
 * Where every word of a search appears, parallel to `conversations`; null when nothing is searched.
 * The same test as the search worker's, run here at once (for tests and small lists).
 */
export function textMaskOf(conversations: ReadonlyArray<Conversation>, q: string): Uint8Array | null {
  const query = parseSearchQuery(q);
  if (query.terms.length === 0) return null;
  const index = new TextIndex();
  index.put(
    conversations.map((_, i) => i),
    conversations.map(searchableText),
  );
  const mask = new Uint8Array(conversations.length);
  for (const id of index.search(query)) mask[id] = 1;
  return mask;
}

/** The matching conversations in their original order (for callers without an index at hand). */
export function filterConversations(
  conversations: ReadonlyArray<Conversation>,
  filters: ListFilters,
  bounds: StartBounds,
): Conversation[] {
  const { mask } = matchConversations(
    buildSearchIndex(conversations),
    filters,
    bounds,
    textMaskOf(conversations, filters.q),
  );
  return conversations.filter((_, i) => mask[i] === 1);
}
