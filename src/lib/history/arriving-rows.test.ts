import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeConversation } from '../../testing/make-conversation';
import { ARRIVAL_INTERVAL_MS, arrivedRows, startArrival } from './arriving-rows';

const rowsNamed = (...ids: string[]) => ids.map((id) => makeConversation({ id, key: `livechat:${id}` }));
const keysOf = (key: string) => arrivedRows(key)?.map((row) => row.id) ?? null;

describe('rows of a load under way', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the first rows at once and later ones at most once per interval', () => {
    const arrival = startArrival('first');
    expect(arrivedRows('first')).toBeNull();
    arrival.add(rowsNamed('a', 'b'));
    expect(keysOf('first')).toEqual(['a', 'b']);
    arrival.add(rowsNamed('c'));
    arrival.add(rowsNamed('d'));
    expect(keysOf('first')).toEqual(['a', 'b']);
    vi.advanceTimersByTime(ARRIVAL_INTERVAL_MS);
    expect(keysOf('first')).toEqual(['a', 'b', 'c', 'd']);
    arrival.end();
  });

  it('shows a row that arrives again once, as it arrived last', () => {
    const arrival = startArrival('again');
    arrival.add(rowsNamed('a', 'b'));
    const changed = makeConversation({ id: 'a', key: 'livechat:a', status: 'missed' });
    arrival.add([changed]);
    vi.advanceTimersByTime(ARRIVAL_INTERVAL_MS);
    expect(arrivedRows('again')?.map((row) => [row.id, row.status])).toEqual([
      ['a', 'missed'],
      ['b', 'answered'],
    ]);
    arrival.end();
  });

  it('shows nothing once the load is over, and nothing that arrives after', () => {
    const arrival = startArrival('over');
    arrival.add(rowsNamed('a'));
    arrival.add(rowsNamed('b'));
    arrival.end();
    expect(arrivedRows('over')).toBeNull();
    arrival.add(rowsNamed('c'));
    vi.advanceTimersByTime(ARRIVAL_INTERVAL_MS);
    expect(arrivedRows('over')).toBeNull();
  });

  it('a new load of the same list replaces the old one, whose end leaves the new one alone', () => {
    const old = startArrival('same');
    old.add(rowsNamed('old'));
    const next = startArrival('same');
    expect(arrivedRows('same')).toBeNull();
    old.add(rowsNamed('late'));
    old.end();
    next.add(rowsNamed('new'));
    expect(keysOf('same')).toEqual(['new']);
    next.end();
  });
});
