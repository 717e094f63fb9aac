import { describe, expect, it } from 'vitest';
import { collectLiveChatChats, halve, type DaySpan, type LiveChatPage } from './collect-livechat-chats';

/**
 * A fake LiveChat: `perDay` chats on each day, newest first, 25 a page, capped at the newest 25,000 of
 * a query like the real API. Records every request and how many were in flight at once.
 */
function fakeLiveChat(perDay: (day: string) => number) {
  const requests: Array<{ span: DaySpan; page: number }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  // Only the requested slice is built: a 36,000-chat range is paged through a thousand times.
  const newestFirst = (span: DaySpan, first: number, count: number): string[] => {
    const out: string[] = [];
    let skip = first;
    for (let day = span.to; day >= span.from && out.length < count; day = shift(day, -1)) {
      const onDay = perDay(day);
      for (let i = skip; i < onDay && out.length < count; i++) out.push(`${day}#${i}`);
      skip = Math.max(0, skip - onDay);
    }
    return out;
  };
  const fetchPage = async (span: DaySpan, page: number): Promise<LiveChatPage> => {
    requests.push({ span, page });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 0));
    inFlight -= 1;
    let total = 0;
    for (let day = span.from; day <= span.to; day = shift(day, 1)) total += perDay(day);
    const served = Math.min(total, 25_000);
    const first = (page - 1) * 25;
    const chats = first >= served ? [] : newestFirst(span, first, Math.min(25, served - first));
    return { chats, total, pages: Math.ceil(served / 25) };
  };
  return { fetchPage, requests, maxInFlight: () => maxInFlight };
}

function shift(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('collecting LiveChat pages', () => {
  it('fetches every page once, at most four at a time, and reports progress to the end', async () => {
    const fake = fakeLiveChat(() => 30);
    const progress: Array<{ done: number; total: number }> = [];
    const { chats, cappedDays } = await collectLiveChatChats(
      { from: '2026-03-01', to: '2026-03-10' },
      fake.fetchPage,
      (p) => progress.push(p),
    );
    expect(chats).toHaveLength(300);
    expect(new Set(chats).size).toBe(300);
    expect(fake.requests.map((r) => r.page).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    expect(fake.maxInFlight()).toBe(4);
    expect(progress.at(-1)).toEqual({ done: 12, total: 12 });
    expect(progress.every((p) => p.done <= p.total)).toBe(true);
    expect(cappedDays).toEqual([]);
  });

  it('asks page 1 only when everything fits on it', async () => {
    const fake = fakeLiveChat(() => 2);
    const { chats } = await collectLiveChatChats({ from: '2026-03-01', to: '2026-03-03' }, fake.fetchPage);
    expect(chats).toHaveLength(6);
    expect(fake.requests).toHaveLength(1);
  });

  it('splits a range over 25,000 chats into halves until each fits, losing none', async () => {
    const fake = fakeLiveChat(() => 400); // 90 days x 400 = 36,000
    const { chats, cappedDays } = await collectLiveChatChats(
      { from: '2026-01-01', to: '2026-03-31' },
      fake.fetchPage,
    );
    expect(chats).toHaveLength(90 * 400);
    expect(new Set(chats).size).toBe(90 * 400);
    expect(cappedDays).toEqual([]);
    // The whole range was probed once; every page beyond the first belongs to a part that fits.
    const probes = fake.requests.filter((r) => r.span.from === '2026-01-01' && r.span.to === '2026-03-31');
    expect(probes).toEqual([{ span: { from: '2026-01-01', to: '2026-03-31' }, page: 1 }]);
  });

  it('keeps the newest 25,000 of a single day that is over the cap and names the day', async () => {
    const fake = fakeLiveChat((day) => (day === '2026-03-02' ? 26_000 : 5));
    const { chats, cappedDays } = await collectLiveChatChats(
      { from: '2026-03-01', to: '2026-03-03' },
      fake.fetchPage,
    );
    expect(cappedDays).toEqual(['2026-03-02']);
    expect(chats).toHaveLength(25_000 + 10);
    expect(Math.max(...fake.requests.map((r) => r.page))).toBe(1000);
  });

  it('hears each page as it arrives, but not the first page of a part it reads again in halves', async () => {
    const fake = fakeLiveChat(() => 400); // 36,000 chats: the whole range is probed, then read in halves
    const heard: unknown[][] = [];
    const { chats } = await collectLiveChatChats(
      { from: '2026-01-01', to: '2026-03-31' },
      fake.fetchPage,
      () => {},
      (page) => heard.push([...page]),
    );
    // Each chat heard once: a probe's page (over the cap, read again in halves) would hear some twice.
    expect(heard.length).toBe(fake.requests.length - 1);
    expect(heard.flat().sort()).toEqual([...chats].sort());
  });

  it('hears the 25,000 chats of a single capped day too', async () => {
    const fake = fakeLiveChat((day) => (day === '2026-03-02' ? 26_000 : 5));
    const heard: unknown[] = [];
    const { chats } = await collectLiveChatChats(
      { from: '2026-03-01', to: '2026-03-03' },
      fake.fetchPage,
      () => {},
      (page) => heard.push(...page),
    );
    expect(heard).toHaveLength(chats.length);
    expect(new Set(heard)).toEqual(new Set(chats));
  });

  it('halves a span of days with the middle day in the older half', () => {
    expect(halve({ from: '2026-02-27', to: '2026-03-03' })).toEqual([
      { from: '2026-02-27', to: '2026-03-01' },
      { from: '2026-03-02', to: '2026-03-03' },
    ]);
    expect(halve({ from: '2026-03-01', to: '2026-03-02' })).toEqual([
      { from: '2026-03-01', to: '2026-03-01' },
      { from: '2026-03-02', to: '2026-03-02' },
    ]);
  });
});
