import {
  conversationStatuses,
  ratingValues,
  vendorIds,
  type Agent,
  type Conversation,
} from '../../model/conversation';
import { vendorDescriptors } from '../../model/vendor-descriptors';
import type { ListFilters, RatingFilter } from '../../lib/list-filters';

/**
 * Filtering runs on every keystroke over up to 100,000 conversations, so the text each conversation is
 * searched by is built once per data set, and the match loop allocates nothing per row.
 */
export type SearchIndex = {
  conversations: ReadonlyArray<Conversation>;
  /** Parallel to `conversations`: e-mail, name and id, folded (see foldForSearch). */
  haystacks: ReadonlyArray<string>;
  // Also parallel: the fields most filters test, as numbers in flat arrays. Reading them beats reading
  // 100,000 conversation objects whose shapes differ from vendor to vendor.
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

// Never typed into a search box, so a query cannot match across the end of one field into the next.
const FIELD_SEPARATOR = '\u0000';
const COMBINING_MARKS = /\p{M}/gu;
/** Anything beyond printable ASCII (which folding leaves as it is, apart from case). */
const NON_ASCII = /[^ -~]/;

/** Lowercased without accents, so "muller" finds "Müller" and "MARY" finds "mary". */
export function foldForSearch(text: string): string {
  // Most text is plain ASCII, where Unicode normalization has nothing to do.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * Conversations are immutable once loaded, so each one's haystack is kept for as long as the
 * conversation lives: when another vendor's rows arrive, only those are folded.
 */
const haystackCache = new WeakMap<Conversation, string>();

function haystackOf(conversation: Conversation): string {
  let haystack = haystackCache.get(conversation);
  if (haystack === undefined) {
    const { visitor, id } = conversation;
    haystack = [visitor.email ?? '', visitor.name ?? '', id].map(foldForSearch).join(FIELD_SEPARATOR);
    haystackCache.set(conversation, haystack);
  }
  return haystack;
}

export function buildSearchIndex(conversations: ReadonlyArray<Conversation>): SearchIndex {
  const count = conversations.length;
  const index: SearchIndex = {
    conversations,
    haystacks: new Array<string>(count),
    startedAt: new Float64Array(count),
    vendor: new Uint8Array(count),
    status: new Uint8Array(count),
    rating: new Uint8Array(count),
  };
  const haystacks = index.haystacks as string[];
  for (let i = 0; i < count; i++) {
    const conversation = conversations[i] as Conversation;
    haystacks[i] = haystackOf(conversation);
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
 * filter are alternatives). `q` is a case-insensitive substring of the visitor's e-mail or name or the
 * conversation id.
 */
export function matchConversations(
  index: SearchIndex,
  filters: ListFilters,
  bounds: StartBounds,
): MatchResult {
  const { conversations, haystacks, startedAt, vendor, status, rating } = index;
  const vendors = wantedCodes(vendorIds, filters.vendors);
  const statuses = wantedCodes(conversationStatuses, filters.statuses);
  const ratings = wantedRatings(filters.ratings);
  const agents = setOrNull(filters.agents);
  const tags = setOrNull(filters.tags);
  const needle = foldForSearch(filters.q.trim());
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
    if (needle !== '' && (haystacks[i] as string).indexOf(needle) === -1) continue;
    mask[i] = 1;
    count++;
  }
  return { mask, count };
}

/** The matching conversations in their original order (for callers without an index at hand). */
export function filterConversations(
  conversations: ReadonlyArray<Conversation>,
  filters: ListFilters,
  bounds: StartBounds,
): Conversation[] {
  const { mask } = matchConversations(buildSearchIndex(conversations), filters, bounds);
  return conversations.filter((_, i) => mask[i] === 1);
}
