import type { Agent, Conversation, Rating } from '../../model/conversation';
import type { ListFilters, RatingFilter } from './list-filters';

/**
 * Filtering runs on every keystroke over up to 100,000 conversations, so the text each conversation is
 * searched by is built once per data set, and the match loop allocates nothing per row.
 */
export type SearchIndex = {
  conversations: ReadonlyArray<Conversation>;
  /** Parallel to `conversations`: e-mail, name and id, folded (see foldForSearch). */
  haystacks: ReadonlyArray<string>;
};

/** The instants a conversation must have started between (both inclusive). */
export type StartBounds = { start: number; end: number };

export type MatchResult = {
  /** Parallel to the index: 1 where the conversation matches. */
  mask: Uint8Array;
  count: number;
};

// Never typed into a search box, so a query cannot match across the end of one field into the next.
const FIELD_SEPARATOR = '\u0000';
const COMBINING_MARKS = /\p{M}/gu;

/** Lowercased without accents, so "muller" finds "Müller" and "MARY" finds "mary". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

export function buildSearchIndex(conversations: ReadonlyArray<Conversation>): SearchIndex {
  const haystacks = new Array<string>(conversations.length);
  for (let i = 0; i < conversations.length; i++) {
    const { visitor, id } = conversations[i] as Conversation;
    haystacks[i] = foldForSearch(
      `${visitor.email ?? ''}${FIELD_SEPARATOR}${visitor.name ?? ''}${FIELD_SEPARATOR}${id}`,
    );
  }
  return { conversations, haystacks };
}

type RatingWanted = { good: boolean; bad: boolean; neutral: boolean; rated: boolean; unrated: boolean };

function ratingWanted(ratings: ReadonlyArray<RatingFilter>): RatingWanted | null {
  if (ratings.length === 0) return null;
  return {
    good: ratings.includes('good'),
    bad: ratings.includes('bad'),
    neutral: ratings.includes('neutral'),
    rated: ratings.includes('rated'),
    unrated: ratings.includes('unrated'),
  };
}

function ratingMatches(rating: Rating | null, wanted: RatingWanted): boolean {
  if (rating === null) return wanted.unrated;
  return wanted.rated || wanted[rating.value];
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
  const { conversations, haystacks } = index;
  const vendors = setOrNull<string>(filters.vendors);
  const statuses = setOrNull<string>(filters.statuses);
  const agents = setOrNull(filters.agents);
  const tags = setOrNull(filters.tags);
  const ratings = ratingWanted(filters.ratings);
  const needle = foldForSearch(filters.q.trim());
  const mask = new Uint8Array(conversations.length);
  let count = 0;
  for (let i = 0; i < conversations.length; i++) {
    const conversation = conversations[i] as Conversation;
    if (conversation.startedAt < bounds.start || conversation.startedAt > bounds.end) continue;
    if (vendors !== null && !vendors.has(conversation.vendor)) continue;
    if (statuses !== null && !statuses.has(conversation.status)) continue;
    if (ratings !== null && !ratingMatches(conversation.rating, ratings)) continue;
    if (agents !== null && !anyAgentIn(conversation.agents, agents)) continue;
    if (tags !== null && !anyTagIn(conversation.tags, tags)) continue;
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
