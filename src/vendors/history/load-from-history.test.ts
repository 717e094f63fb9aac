import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { dayRange, shiftDay, type DayRange } from '../../lib/date-range';
import { createMemoryStore } from '../../lib/history/memory-store';
import { makeConversation } from '../../testing/make-conversation';
import type { FetchRangeOptions } from '../types';
import { loadFromHistory } from './load-from-history';

const timeZone = 'Europe/Stockholm';
const today = '2026-11-28';
const now = Date.parse('2026-11-28T12:00:00Z');

/** A vendor with one conversation at noon of every day, that records the day ranges it was asked for. */
function fakeVendor() {
  const asked: Array<{ from: string; to: string }> = [];
  return {
    asked,
    adapter: {
      id: 'livechat' as const,
      fetchRange: async (range: DayRange) => {
        asked.push({ from: range.from, to: range.to });
        const rows = [];
        for (let day = shiftDay(range.from, -1); day <= shiftDay(range.to, 1); day = shiftDay(day, 1)) {
          rows.push(makeConversation({ id: day, startedAt: Date.parse(`${day}T11:00:00Z`) }));
        }
        return { conversations: rows, unreadable: 0 };
      },
    },
  };
}

describe('loadFromHistory', () => {
  it('passes on the rows of the vendor’s pages as they are read, only those in the span asked', async () => {
    const store = createMemoryStore();
    const heard: string[] = [];
    const adapter = {
      id: 'livechat' as const,
      fetchRange: async (range: DayRange, options: FetchRangeOptions) => {
        // Two pages: the vendor's margin days come too, as they do from a vendor with its own timezone.
        const days = [shiftDay(range.from, -1), range.from, range.to, shiftDay(range.to, 1)];
        const rows = days.map((day) =>
          makeConversation({ id: day, startedAt: Date.parse(`${day}T11:00:00Z`) }),
        );
        options.onRows?.(rows.slice(0, 2));
        options.onRows?.(rows.slice(2));
        return { conversations: rows, unreadable: 0 };
      },
    };
    const result = await loadFromHistory({
      adapter,
      store,
      account: 'livechat:aaaa',
      range: dayRange(shiftDay(today, -6), today, timeZone),
      client: new QueryClient(),
      signal: new AbortController().signal,
      now: () => now,
      onRows: (rows) => heard.push(...rows.map((row) => row.id)),
    });
    expect(heard).toEqual([shiftDay(today, -6), today]);
    expect(result.conversations.map((row) => row.id)).toEqual([today, shiftDay(today, -6)]);
  });

  it('asks the vendor nothing when the same view is opened again, and only the new days when widened', async () => {
    const store = createMemoryStore();
    const vendor = fakeVendor();
    const load = (from: string, clock: number) =>
      loadFromHistory({
        adapter: vendor.adapter,
        store,
        account: 'livechat:aaaa',
        range: dayRange(from, today, timeZone),
        client: new QueryClient(),
        signal: new AbortController().signal,
        now: () => clock,
      });
    const first = await load(shiftDay(today, -29), now);
    expect(first.conversations).toHaveLength(30);
    expect(first.conversations[0]?.id).toBe(today);
    await first.stored;
    expect(vendor.asked).toEqual([{ from: shiftDay(today, -29), to: today }]);

    const again = await load(shiftDay(today, -29), now + 60_000);
    expect(again.asked).toEqual([]);
    expect(again.conversations.map((row) => row.id)).toEqual(first.conversations.map((row) => row.id));

    const wider = await load(shiftDay(today, -89), now + 120_000);
    await wider.stored;
    expect(vendor.asked.slice(1)).toEqual([{ from: shiftDay(today, -89), to: shiftDay(today, -30) }]);
    expect(wider.conversations).toHaveLength(90);

    // An hour later only the still-open last 48 hours are asked again.
    const later = await load(shiftDay(today, -89), now + 3_600_000);
    await later.stored;
    expect(vendor.asked.slice(2)).toEqual([{ from: shiftDay(today, -2), to: today }]);
    expect(later.conversations).toHaveLength(90);
  });

  it('writes what one vendor answered only once no other vendor is being asked, and answers its rows before', async () => {
    const store = createMemoryStore();
    const quick = fakeVendor();
    let answerSlow = () => {};
    const slowAnswered = new Promise<void>((resolve) => (answerSlow = resolve));
    const slow = {
      id: 'socialintents' as const,
      fetchRange: async () => {
        await slowAnswered;
        return { conversations: [], unreadable: 0 };
      },
    };
    const load = (adapter: typeof quick.adapter | typeof slow, account: string) =>
      loadFromHistory({
        adapter,
        store,
        account,
        range: dayRange(shiftDay(today, -6), today, timeZone),
        client: new QueryClient(),
        signal: new AbortController().signal,
        now: () => now,
      });
    const slowLoad = load(slow, 'socialintents:bbbb');
    const quickLoad = await load(quick.adapter, 'livechat:aaaa');
    expect(quickLoad.conversations).toHaveLength(7);
    let quickStored = false;
    void quickLoad.stored.then(() => (quickStored = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(quickStored).toBe(false);
    expect(await store.spans('livechat:aaaa')).toEqual([]);

    answerSlow();
    const slowResult = await slowLoad;
    await Promise.all([slowResult.stored, quickLoad.stored]);
    expect(await store.spans('livechat:aaaa')).toHaveLength(1);
  });
});
