import { describe, expect, it } from 'vitest';
import { bucketOf } from '../../lib/history/history-store';
import { makeConversation } from '../../testing/make-conversation';
import { UnstoredRows } from './unstored-rows';

describe('the whole rows the history worker keeps until they are stored', () => {
  const account = 'livechat:aaaa';
  const startedAt = Date.parse('2026-11-02T10:00:00Z');
  const day = bucketOf(startedAt);
  const row = (id: string, name = 'Ann Lee') =>
    makeConversation({ id, startedAt, visitor: { ...makeConversation().visitor, name } });

  it('answers a day, or some of its rows, until the load that sent them lets go', () => {
    const held = new UnstoredRows();
    held.add(1, account, [row('a'), row('b')]);
    expect([...held.rowsOf(account, day).keys()]).toEqual(['a', 'b']);
    expect([...held.rowsOf(account, day, ['b', 'x']).keys()]).toEqual(['b']);
    expect(held.rowsOf('livechat:other', day).size).toBe(0);
    expect(held.rowsOf(account, day + 1).size).toBe(0);
    held.release(1);
    expect(held.rowsOf(account, day).size).toBe(0);
  });

  it('keeps a row a later load sent again when the earlier load lets go, and the later version', () => {
    const held = new UnstoredRows();
    held.add(1, account, [row('a', 'Ann'), row('b')]);
    held.add(2, account, [row('a', 'Ann Lee')]);
    held.release(1);
    expect([...held.rowsOf(account, day).keys()]).toEqual(['a']);
    expect(held.rowsOf(account, day).get('a')?.visitor.name).toBe('Ann Lee');
    held.release(2);
    expect(held.rowsOf(account, day).size).toBe(0);
  });

  it('holds nothing once cleared', () => {
    const held = new UnstoredRows();
    held.add(1, account, [row('a')]);
    held.clear();
    expect(held.rowsOf(account, day).size).toBe(0);
  });
});
