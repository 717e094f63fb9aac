import type { Conversation, ConversationStatus, VendorId } from '../../model/conversation';
import { ratingGap } from '../../model/value-gap';
import type { StartBounds } from './filter-conversations';
import type { RatingFilter } from '../../lib/list-filters';

/** One choice of a filter menu: a value and how many loaded conversations carry it. */
export type FacetValue = { value: string; count: number };

export type Facets = {
  /** Most frequent first, then by name. */
  agents: FacetValue[];
  tags: FacetValue[];
  vendors: ReadonlyMap<VendorId, number>;
  statuses: ReadonlyMap<ConversationStatus, number>;
  ratings: ReadonlyMap<RatingFilter, number>;
};

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function sortedByCount(counts: ReadonlyMap<string, number>): FacetValue[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * The filter menus' choices, counted over the loaded conversations that started within `bounds` (the
 * previous range's rows can still be on screen while a new range loads). A conversation counts once per
 * distinct agent or tag, even when a vendor lists the same one twice.
 */
export function computeFacets(conversations: ReadonlyArray<Conversation>, bounds: StartBounds): Facets {
  const agents = new Map<string, number>();
  const tags = new Map<string, number>();
  const vendors = new Map<VendorId, number>();
  const statuses = new Map<ConversationStatus, number>();
  const ratings = new Map<RatingFilter, number>();
  for (const conversation of conversations) {
    if (conversation.startedAt < bounds.start || conversation.startedAt > bounds.end) continue;
    increment(vendors, conversation.vendor);
    increment(statuses, conversation.status);
    if (conversation.rating !== null) {
      increment(ratings, 'rated');
      increment(ratings, conversation.rating.value);
    } else if (ratingGap(conversation).kind === 'not-provided') increment(ratings, 'not-offered');
    else increment(ratings, 'unrated');
    // Agent and tag lists are a handful long: a look back beats allocating a Set per conversation.
    conversation.agents.forEach((agent, i) => {
      if (conversation.agents.findIndex((other) => other.name === agent.name) === i)
        increment(agents, agent.name);
    });
    conversation.tags.forEach((tag, i) => {
      if (conversation.tags.indexOf(tag) === i) increment(tags, tag);
    });
  }
  return { agents: sortedByCount(agents), tags: sortedByCount(tags), vendors, statuses, ratings };
}
