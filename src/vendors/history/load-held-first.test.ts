import { describe, expect, it } from 'vitest';
import { dayRange, shiftDay } from '../../lib/date-range';
import { historyAccount, type HistoryStore } from '../../lib/history/history-store';
import { createMemoryStore } from '../../lib/history/memory-store';
import { subtractSpans, type Span } from '../../lib/history/spans';
import type { Conversation } from '../../model/conversation';
import { makeConversation } from '../../testing/make-conversation';
import { loadHeldFirst } from './load-held-first';
import type { VendorHistoryRequest, VendorHistoryResult } from './load-vendor-history';

const timeZone = 'Europe/Stockholm';
const today = '2026-11-28';
const now = Date.parse('2026-11-28T12:00:00Z');
const account = historyAccount('livechat', 'aaaa');
const noon = (day: string, label = 'held') =>
  makeConversation({ id: `${day}-${label}`, startedAt: Date.parse(`${day}T11:00:00Z`) });
const daysBack = (count: number) => Array.from({ length: count }, (_, back) => shiftDay(today, -back));

/** A store holding the last `heldDays` days, loaded a week ago (so the last 48 hours are stale). */
async function storeHolding(heldDays: number) {
  const store = createMemoryStore();
  const range = dayRange(shiftDay(today, -(heldDays - 1)), today, timeZone);
  await store.putSpan(
    account,
    { start: range.start, end: range.end, loadedAt: now - 7 * 86_400_000 },
    daysBack(heldDays).map((day) => noon(day)),
  );
  return store;
}

function request(from: string, overrides: Partial<VendorHistoryRequest> = {}): VendorHistoryRequest {
  return {
    vendor: 'livechat',
    fingerprint: 'aaaa',
    request: { range: dayRange(from, today, timeZone), email: null },
    force: false,
    ...overrides,
  };
}

/** The worker's part, recorded: answers one fresh row per day of each span it says it asked. */
function fakeRest(asked: (request: VendorHistoryRequest) => Span[]) {
  const calls: VendorHistoryRequest[] = [];
  const loadRest = async (rest: VendorHistoryRequest): Promise<VendorHistoryResult> => {
    calls.push(rest);
    const spans = asked(rest);
    const conversations: Conversation[] = daysBack(90)
      .map((day) => noon(day, 'fresh'))
      .filter((row) => spans.some((span) => row.startedAt >= span.start && row.startedAt <= span.end));
    return { conversations, unreadable: 0, loadedAt: now, asked: spans, stored: Promise.resolve() };
  };
  return { calls, loadRest };
}

const signal = new AbortController().signal;

/** `loadHeldFirst` over `store`, its rest handed to `rest` (a fakeRest). */
const load = (
  store: HistoryStore,
  rest: ReturnType<typeof fakeRest>,
  asked: VendorHistoryRequest,
  clock = now,
) => loadHeldFirst(asked, { store, signal, now: clock, loadRest: rest.loadRest });
const ids = (rows: ReadonlyArray<Conversation>) => rows.map((row) => row.id);

describe('loadHeldFirst', () => {
  it('answers old days the device holds without the worker', async () => {
    const store = await storeHolding(30);
    const rest = fakeRest(() => []);
    const result = await load(store, rest, request(shiftDay(today, -29)), now - 7 * 86_400_000 + 60_000);
    expect(rest.calls).toEqual([]);
    expect(ids(result.conversations)).toEqual(daysBack(30).map((day) => `${day}-held`));
    expect(result.loadedAt).toBe(now - 7 * 86_400_000);
  });

  it('reads the held days itself and lets the worker ask only for the rest', async () => {
    const store = await storeHolding(30);
    // The worker asks what was not read here (the 30 days before, and the last days that were still open
    // when the held span was loaded a week ago).
    const rest = fakeRest(({ request: asked, alreadyRead }) =>
      subtractSpans({ start: asked.range.start, end: asked.range.end }, alreadyRead ?? []),
    );
    const result = await load(store, rest, request(shiftDay(today, -59)));
    expect(rest.calls).toHaveLength(1);
    const read = rest.calls[0]?.alreadyRead ?? [];
    expect(read).toHaveLength(1);
    const held = result.conversations.filter((row) => row.id.endsWith('-held'));
    // Held and closed: from 29 days back until the 48 hours before the load a week ago.
    expect(ids(held)).toEqual(
      daysBack(30)
        .slice(9)
        .map((day) => `${day}-held`),
    );
    expect(result.conversations).toHaveLength(60);
    const starts = result.conversations.map((row) => row.startedAt);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('drops what it read for time the worker asked again after all (it went stale meanwhile)', async () => {
    const store = await storeHolding(30);
    const rest = fakeRest(({ request: asked }) => [{ start: asked.range.start, end: asked.range.end }]);
    const result = await load(store, rest, request(shiftDay(today, -59)));
    expect(result.conversations).toHaveLength(60);
    expect(result.conversations.every((row) => row.id.endsWith('-fresh'))).toBe(true);
  });

  it('leaves a Refresh, and an e-mail over time not wholly held, to the worker whole', async () => {
    const store = await storeHolding(30);
    const rest = fakeRest(() => []);
    const refresh = request(shiftDay(today, -29), { force: true });
    await load(store, rest, refresh);
    const email = request(shiftDay(today, -59));
    email.request.email = 'ada@example.com';
    await load(store, rest, email);
    expect(rest.calls).toEqual([refresh, email]);
  });
});
