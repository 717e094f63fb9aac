import { describe, expect, it } from 'vitest';
import { ratingFromScore, ratingFromThumb } from '../../model/rating';
import { emptyVisitor, type Conversation } from '../../model/conversation';
import { makeConversation } from '../../testing/make-conversation';
import {
  buildSearchIndex,
  filterConversations,
  matchConversations,
  textMaskOf,
} from './filter-conversations';
import { noFilters, type ListFilters } from '../../lib/list-filters';

const day = Date.parse('2026-11-02T00:00:00Z');
const everything = { start: 0, end: Number.MAX_SAFE_INTEGER };

function agent(name: string) {
  return { name, email: null, id: null };
}

const mary = makeConversation({
  vendor: 'livechat',
  id: 'QX41A',
  visitor: { ...emptyVisitor, name: 'Mary Brown', email: 'mary.brown@example.org' },
  agents: [agent('Anna Berg')],
  tags: ['billing', 'vip'],
  rating: ratingFromThumb('rated_good', true),
  status: 'answered',
  startedAt: day + 10 * 3_600_000,
});
const lars = makeConversation({
  vendor: 'imbox',
  id: '88121',
  visitor: { ...emptyVisitor, name: 'Lars Müller', email: 'lars@acme.io' },
  agents: [agent('Lars Ek'), agent('Anna Berg')],
  tags: ['bug'],
  rating: ratingFromScore(3, 3),
  status: 'answered',
  startedAt: day + 12 * 3_600_000,
});
const anonymous = makeConversation({
  vendor: 'socialintents',
  id: 'si-7',
  visitor: { ...emptyVisitor },
  agents: [],
  tags: [],
  rating: null,
  status: 'missed',
  startedAt: day + 23 * 3_600_000,
});
const offline = makeConversation({
  vendor: 'snapengage',
  id: '6021',
  visitor: { ...emptyVisitor, name: null, email: 'mary.brown@example.org' },
  agents: [],
  tags: ['billing'],
  rating: ratingFromScore(1, 1),
  status: 'offline',
  startedAt: day + 30 * 3_600_000,
});
const all = [mary, lars, anonymous, offline];
/** A chat of a vendor that rates, which nobody rated. */
const unratedLivechat = makeConversation({ vendor: 'livechat', id: 'LC-0', rating: null, startedAt: day });

function ids(
  filters: Partial<ListFilters>,
  bounds = everything,
  conversations: Conversation[] = all,
): string[] {
  return filterConversations(conversations, { ...noFilters, ...filters }, bounds).map((c) => c.id);
}

describe('filtering conversations', () => {
  it('keeps everything in range when no filter is set', () => {
    expect(ids({})).toEqual(['QX41A', '88121', 'si-7', '6021']);
  });

  it('drops conversations that started outside the day range, both ends inclusive', () => {
    expect(ids({}, { start: lars.startedAt, end: anonymous.startedAt })).toEqual(['88121', 'si-7']);
    expect(ids({}, { start: lars.startedAt + 1, end: anonymous.startedAt - 1 })).toEqual([]);
  });

  it('filters by vendor', () => {
    expect(ids({ vendors: ['imbox'] })).toEqual(['88121']);
    expect(ids({ vendors: ['imbox', 'snapengage'] })).toEqual(['88121', '6021']);
  });

  it('filters by agent: a chat matches when any of its agents does', () => {
    expect(ids({ agents: ['Anna Berg'] })).toEqual(['QX41A', '88121']);
    expect(ids({ agents: ['Lars Ek'] })).toEqual(['88121']);
    expect(ids({ agents: ['Nobody'] })).toEqual([]);
  });

  it('filters by tag: any of the chosen tags', () => {
    expect(ids({ tags: ['billing'] })).toEqual(['QX41A', '6021']);
    expect(ids({ tags: ['bug', 'vip'] })).toEqual(['QX41A', '88121']);
  });

  it('filters by rating value, rated and unrated', () => {
    expect(ids({ ratings: ['good'] })).toEqual(['QX41A']);
    expect(ids({ ratings: ['bad'] })).toEqual(['6021']);
    expect(ids({ ratings: ['neutral'] })).toEqual(['88121']);
    expect(ids({ ratings: ['rated'] })).toEqual(['QX41A', '88121', '6021']);
    expect(ids({ ratings: ['unrated'] }, everything, [...all, unratedLivechat])).toEqual(['LC-0']);
    expect(ids({ ratings: ['good', 'unrated'] }, everything, [...all, unratedLivechat])).toEqual([
      'QX41A',
      'LC-0',
    ]);
  });

  it('keeps a vendor that never rates out of "unrated", under a choice of its own', () => {
    // Social Intents records no ratings at all (src/model/vendor-descriptors.ts).
    expect(ids({ ratings: ['unrated'] })).toEqual([]);
    expect(ids({ ratings: ['not-offered'] }, everything, [...all, unratedLivechat])).toEqual(['si-7']);
    expect(ids({ ratings: ['rated'] })).not.toContain('si-7');
  });

  it('filters by status', () => {
    expect(ids({ statuses: ['missed'] })).toEqual(['si-7']);
    expect(ids({ statuses: ['offline', 'missed'] })).toEqual(['si-7', '6021']);
  });

  it('combines different filters with AND', () => {
    expect(ids({ tags: ['billing'], statuses: ['offline'] })).toEqual(['6021']);
    expect(ids({ agents: ['Anna Berg'], vendors: ['livechat'], ratings: ['good'] })).toEqual(['QX41A']);
    expect(ids({ agents: ['Anna Berg'], ratings: ['bad'] })).toEqual([]);
  });
});

describe('searching visitors', () => {
  it('finds part of an e-mail address, and the whole address', () => {
    expect(ids({ q: 'brown@' })).toEqual(['QX41A', '6021']);
    expect(ids({ q: 'lars@acme.io' })).toEqual(['88121']);
    expect(ids({ q: '@acme' })).toEqual(['88121']);
  });

  it('ignores case and surrounding spaces', () => {
    expect(ids({ q: '  MARY.Brown@Example.ORG ' })).toEqual(['QX41A', '6021']);
  });

  it('needs every word, in any order, and a quoted phrase whole', () => {
    // 6021 has "mary" and "brown" in its e-mail only; QX41A is called Mary Brown.
    expect(ids({ q: 'mary brown' })).toEqual(['QX41A', '6021']);
    expect(ids({ q: 'brown mary' })).toEqual(['QX41A', '6021']);
    expect(ids({ q: '"mary brown"' })).toEqual(['QX41A']);
    expect(ids({ q: '"MARY   Brown"' })).toEqual(['QX41A']);
    expect(ids({ q: 'mary nobody' })).toEqual([]);
  });

  it('finds the visitor name, accents or not', () => {
    expect(ids({ q: 'müller' })).toEqual(['88121']);
    expect(ids({ q: 'muller' })).toEqual(['88121']);
  });

  it('finds the conversation id', () => {
    expect(ids({ q: 'qx41' })).toEqual(['QX41A']);
    expect(ids({ q: 'si-7' })).toEqual(['si-7']);
  });

  it('does not match across the end of one field into the next', () => {
    // Mary's e-mail ends in ".org" and her name starts with "Mary": no visitor is called "org mary".
    expect(ids({ q: 'orgmary' })).toEqual([]);
    expect(ids({ q: '"org mary"' })).toEqual([]);
  });

  it('does not search other fields such as agents or tags', () => {
    expect(ids({ q: 'anna' })).toEqual([]);
    expect(ids({ q: 'billing' })).toEqual([]);
  });

  it('combines with the other filters', () => {
    expect(ids({ q: 'brown', statuses: ['answered'] })).toEqual(['QX41A']);
  });
});

describe('the search index', () => {
  it('reports the number of matches and a mask parallel to the data', () => {
    const index = buildSearchIndex(all);
    const result = matchConversations(index, { ...noFilters, tags: ['billing'] }, everything);
    expect(result.count).toBe(2);
    expect([...result.mask]).toEqual([1, 0, 0, 1]);
  });

  // Speed is measured by `npm run bench`, never asserted here; this checks the index at that scale.
  it('finds every match among 100,000 conversations', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      makeConversation({
        id: `c${i}`,
        visitor: { ...emptyVisitor, name: `Visitor ${i}`, email: `visitor${i}@example.org` },
        startedAt: day + i,
      }),
    );
    const index = buildSearchIndex(many);
    const mask = textMaskOf(many, 'visitor9999');
    const result = matchConversations(index, noFilters, everything, mask);
    // visitor9999 and visitor99990 to visitor99999.
    expect(result.count).toBe(11);
  });
});
