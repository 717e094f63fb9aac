import { describe, expect, it } from 'vitest';
import { ratingFromScore, ratingFromThumb } from '../../model/rating';
import { makeConversation } from '../../testing/make-conversation';
import { computeFacets } from './facets';

const everything = { start: 0, end: Number.MAX_SAFE_INTEGER };

function agent(name: string) {
  return { name, email: null, id: null };
}

const conversations = [
  makeConversation({ id: 'a', agents: [agent('Anna Berg')], tags: ['vip', 'billing'], rating: null }),
  makeConversation({
    id: 'b',
    vendor: 'imbox',
    agents: [agent('Lars Ek'), agent('Anna Berg')],
    tags: ['billing'],
    rating: ratingFromScore(5, 5),
    status: 'missed',
  }),
  // A vendor that lists the same agent and tag twice still counts the chat once.
  makeConversation({
    id: 'c',
    agents: [agent('Lars Ek'), agent('Lars Ek')],
    tags: ['bug', 'bug'],
    rating: ratingFromThumb('rated_bad', false),
    startedAt: Date.parse('2026-11-05T10:00:00Z'),
  }),
];

describe('filter menu choices', () => {
  it('offers the agents and tags present in the data, most frequent first, with counts', () => {
    const facets = computeFacets(conversations, everything);
    expect(facets.agents).toEqual([
      { value: 'Anna Berg', count: 2 },
      { value: 'Lars Ek', count: 2 },
    ]);
    expect(facets.tags).toEqual([
      { value: 'billing', count: 2 },
      { value: 'bug', count: 1 },
      { value: 'vip', count: 1 },
    ]);
  });

  it('counts vendors, statuses and ratings', () => {
    const facets = computeFacets(conversations, everything);
    expect(facets.vendors.get('livechat')).toBe(2);
    expect(facets.vendors.get('imbox')).toBe(1);
    expect(facets.statuses.get('missed')).toBe(1);
    expect(facets.statuses.get('answered')).toBe(2);
    expect(facets.ratings.get('rated')).toBe(2);
    expect(facets.ratings.get('good')).toBe(1);
    expect(facets.ratings.get('bad')).toBe(1);
    expect(facets.ratings.get('unrated')).toBe(1);
    expect(facets.ratings.get('neutral')).toBeUndefined();
  });

  it('does not count a vendor that never rates as unrated', () => {
    const facets = computeFacets(
      [
        makeConversation({ id: 's1', vendor: 'socialintents', rating: null }),
        makeConversation({ id: 's2', vendor: 'socialintents', rating: null }),
        makeConversation({ id: 'l1', vendor: 'livechat', rating: null }),
      ],
      everything,
    );
    expect(facets.ratings.get('unrated')).toBe(1);
    expect(facets.ratings.get('not-offered')).toBe(2);
  });

  it('only counts conversations within the day range', () => {
    const facets = computeFacets(conversations, {
      start: Date.parse('2026-11-05T00:00:00Z'),
      end: Date.parse('2026-11-05T23:59:59Z'),
    });
    expect(facets.agents).toEqual([{ value: 'Lars Ek', count: 1 }]);
    expect(facets.tags).toEqual([{ value: 'bug', count: 1 }]);
  });
});
