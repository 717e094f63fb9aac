import { describe, expect, it } from 'vitest';
import { lastLoadedAt, OPEN_WINDOW_MS, REFRESH_AFTER_MS, spansToLoad } from './refresh-policy';

const hour = 60 * 60_000;
const day = 24 * hour;
const now = 100 * day;
const last30Days = { start: now - 30 * day, end: now + 12 * hour };

describe('spansToLoad', () => {
  it('asks for the whole range when nothing is held', () => {
    expect(spansToLoad(last30Days, [], now)).toEqual([last30Days]);
  });

  it('asks for nothing right after a load (within the refresh delay)', () => {
    const held = [{ ...last30Days, loadedAt: now - REFRESH_AFTER_MS + 1 }];
    expect(spansToLoad(last30Days, held, now)).toEqual([]);
  });

  it('re-asks only what started within 48 hours of the last load, once that load is a few minutes old', () => {
    const loadedAt = now - 10 * 60_000;
    const held = [{ ...last30Days, loadedAt }];
    expect(spansToLoad(last30Days, held, now)).toEqual([
      { start: loadedAt - OPEN_WINDOW_MS + 1, end: last30Days.end },
    ]);
  });

  it('never re-asks days that were already closed when they were loaded, however old the load', () => {
    const loadedAt = now - 20 * day;
    const closed = { start: now - 60 * day, end: now - 25 * day };
    expect(spansToLoad(closed, [{ ...closed, loadedAt }], now)).toEqual([]);
  });

  it('asks for the part that was still open when loaded, days later', () => {
    const loadedAt = now - 3 * day;
    const held = [{ start: now - 10 * day, end: loadedAt, loadedAt }];
    const range = { start: now - 10 * day, end: now };
    expect(spansToLoad(range, held, now)).toEqual([{ start: loadedAt - OPEN_WINDOW_MS + 1, end: now }]);
  });

  it('widening asks only for the new days', () => {
    const loadedAt = now - 1000;
    const held = [{ ...last30Days, loadedAt }];
    const last90Days = { start: now - 90 * day, end: last30Days.end };
    expect(spansToLoad(last90Days, held, now)).toEqual([
      { start: last90Days.start, end: last30Days.start - 1 },
    ]);
  });
});

describe('lastLoadedAt', () => {
  it('gives the newest load overlapping the range, or null', () => {
    const held = [
      { start: 0, end: 9, loadedAt: 3 },
      { start: 10, end: 19, loadedAt: 7 },
      { start: 30, end: 39, loadedAt: 9 },
    ];
    expect(lastLoadedAt({ start: 5, end: 15 }, held)).toBe(7);
    expect(lastLoadedAt({ start: 20, end: 29 }, held)).toBeNull();
  });
});
