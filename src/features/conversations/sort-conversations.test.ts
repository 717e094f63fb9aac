import { describe, expect, it } from 'vitest';
import { emptyVisitor, type Conversation } from '../../model/conversation';
import { ratingFromScore, ratingFromThumb } from '../../model/rating';
import { makeConversation } from '../../testing/make-conversation';
import { pickInOrder, sortOrder } from './sort-conversations';

const hour = 3_600_000;
const base = Date.parse('2026-11-02T00:00:00Z');

const anna = makeConversation({
  id: 'a',
  vendor: 'livechat',
  startedAt: base + 1 * hour,
  visitor: { ...emptyVisitor, name: 'Anna Öberg', email: 'anna@example.org' },
  status: 'missed',
  rating: ratingFromThumb('rated_good', true),
  messageCount: 4,
});
const bob = makeConversation({
  id: 'b',
  vendor: 'imbox',
  startedAt: base + 3 * hour,
  visitor: { ...emptyVisitor, name: 'bob Lind', email: null },
  status: 'answered',
  rating: ratingFromScore(2, 2),
  messageCount: null,
});
const anonymous = makeConversation({
  id: 'c',
  vendor: 'socialintents',
  startedAt: base + 2 * hour,
  visitor: { ...emptyVisitor },
  status: 'answered',
  rating: null,
  messageCount: 12,
});
const ola = makeConversation({
  id: 'd',
  vendor: 'snapengage',
  startedAt: base + 4 * hour,
  visitor: { ...emptyVisitor, name: 'Ola Ek', email: 'ola@example.org' },
  status: 'offline',
  rating: ratingFromScore(3, 3),
  messageCount: 1,
});
const all: Conversation[] = [anna, bob, anonymous, ola];

function ids(column: string, desc: boolean): string[] {
  return [...sortOrder(all, [{ id: column, desc }])].map((i) => (all[i] as Conversation).id);
}

describe('sorting conversations by a column', () => {
  it('sorts newest first by default, and for an unknown column', () => {
    expect([...sortOrder(all, [])].map((i) => all[i]?.id)).toEqual(['d', 'b', 'c', 'a']);
    expect(ids('nonsense', false)).toEqual(['d', 'b', 'c', 'a']);
    expect(ids('startedAt', false)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('sorts names ignoring case and accents, with anonymous visitors last both ways', () => {
    expect(ids('visitor', false)).toEqual(['a', 'b', 'd', 'c']);
    expect(ids('visitor', true)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('puts missing e-mails last both ways', () => {
    expect(ids('email', false)).toEqual(['a', 'd', 'b', 'c']);
    expect(ids('email', true)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('sorts ratings from bad to good, unrated last', () => {
    expect(ids('rating', true)).toEqual(['a', 'd', 'b', 'c']);
    expect(ids('rating', false)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('breaks ties newest first', () => {
    // b and c are both answered; b started later.
    expect(ids('status', false)).toEqual(['b', 'c', 'a', 'd']);
    expect(ids('status', true)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('sorts by vendor name and by message count', () => {
    expect(ids('vendor', false)).toEqual(['b', 'a', 'd', 'c']);
    expect(ids('messages', true)).toEqual(['c', 'a', 'd', 'b']);
    expect(ids('messages', false)).toEqual(['d', 'a', 'c', 'b']);
  });
});

describe('picking the matching rows in sorted order', () => {
  it('keeps the sort order and drops what the mask leaves out', () => {
    const order = sortOrder(all, [{ id: 'startedAt', desc: true }]);
    const mask = Uint8Array.from([1, 0, 1, 1]);
    expect(pickInOrder(all, order, mask).map((c) => c.id)).toEqual(['d', 'c', 'a']);
  });
});
