import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAY_MS, historyAccount } from './history-store';
import { daysToReadAhead, readAhead } from './read-ahead';

const now = Date.UTC(2026, 11, 6, 12);
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const livechat = historyAccount('livechat', 'aaaa');
const imbox = historyAccount('imbox', 'bbbb');

describe('the days a page reads lists for as it opens', () => {
  it('are the list’s days in its address, a day wider on each side for the viewer’s timezone', () => {
    expect(daysToReadAhead(new URL('http://app.test/?from=2026-11-01&to=2026-11-30'), now)).toEqual({
      firstDay: day('2026-11-01') - 1,
      lastDay: day('2026-11-30') + 1,
    });
    expect(
      daysToReadAhead(
        new URL('http://app.test/conversations/livechat/42?from=2026-11-01&to=2026-11-02'),
        now,
      ),
    ).toEqual({ firstDay: day('2026-11-01') - 1, lastDay: day('2026-11-02') + 1 });
    expect(daysToReadAhead(new URL('http://app.test/overview?from=2026-11-01&to=2026-11-02'), now)).toEqual({
      firstDay: day('2026-11-01') - 1,
      lastDay: day('2026-11-02') + 1,
    });
  });

  it('are the last 30 days on a list without dates, and none on a page that opens no list', () => {
    expect(daysToReadAhead(new URL('http://app.test/'), now)).toEqual({
      firstDay: day('2026-11-07') - 1,
      lastDay: day('2026-12-06') + 1,
    });
    expect(daysToReadAhead(new URL('http://app.test/activity'), now)).toBeNull();
    expect(daysToReadAhead(new URL('http://app.test/visitors/ada%40example.com'), now)).toBeNull();
  });
});

describe('records read ahead', () => {
  afterEach(() => vi.useRealTimers());

  const reader = () => {
    const asked: string[] = [];
    const read = vi.fn(async (account: string, keys: ReadonlyArray<number>) => {
      asked.push(`${account}:${keys.join(',')}`);
      return keys.map((key) => (key === 2 ? undefined : `${account}/${key}`));
    });
    return { read, asked };
  };

  it('asks for every account’s records at once, and hands each out once, to the first read that wants it', async () => {
    const { read, asked } = reader();
    const ahead = readAhead([livechat, imbox], [3, 2, 1], read);
    expect(asked).toEqual([`${livechat}:3,2,1`, `${imbox}:3,2,1`]);
    expect(await ahead.take(imbox, [3, 2])).toEqual([`${imbox}/3`, undefined]);
    expect(ahead.take(imbox, [2, 1])).toBeNull();
    expect(await ahead.take(imbox, [1])).toEqual([`${imbox}/1`]);
    expect(ahead.take(livechat, [4, 3])).toBeNull();
    expect(await ahead.take(livechat, [3])).toEqual([`${livechat}/3`]);
  });

  it('lets everything go when the page writes, or after a while', async () => {
    vi.useFakeTimers();
    const { read } = reader();
    const dropped = readAhead([livechat], [1], read);
    dropped.drop();
    expect(dropped.take(livechat, [1])).toBeNull();
    const expired = readAhead([livechat], [1], read, 1_000);
    vi.advanceTimersByTime(1_000);
    expect(expired.take(livechat, [1])).toBeNull();
  });

  it('a read ahead that fails rejects the read that takes it, and leaves nothing unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const failing = () => Promise.reject(new Error('IndexedDB refused the read'));
      const taken = readAhead([livechat], [2, 1], failing);
      await expect(taken.take(livechat, [2])).rejects.toThrow('IndexedDB refused the read');
      // The other record is never taken: the page let it go.
      taken.drop();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
