import { describe, expect, it } from 'vitest';
import { dayRange } from '../../lib/date-range';
import {
  listConversationDays,
  MAX_STATISTICS_MS,
  statisticsParams,
  statisticsWindows,
} from './statistics-windows';

describe('chatStatistics windows (at most 365 days a request)', () => {
  it('asks for a short range in one request, with the range instants exactly', () => {
    const range = dayRange('2026-03-01', '2026-03-30', 'Europe/Stockholm');
    const windows = statisticsWindows(range.start, range.end);
    expect(windows).toEqual([{ start: range.start, end: range.end }]);
    expect(statisticsParams(windows[0] ?? { start: 0, end: 0 })).toEqual({
      startTime: '2026-02-28T23:00:00.000Z',
      endTime: '2026-03-30T21:59:59.999Z',
    });
  });

  it('keeps exactly 365 days in one request', () => {
    const range = dayRange('2025-01-01', '2025-12-31', 'UTC');
    expect(statisticsWindows(range.start, range.end)).toHaveLength(1);
  });

  it('splits 400 days into two windows that cover the range without gap or overlap', () => {
    const range = dayRange('2025-01-01', '2026-02-04', 'UTC');
    const windows = statisticsWindows(range.start, range.end);
    expect(windows).toHaveLength(2);
    const [first, second] = windows;
    expect(first?.start).toBe(range.start);
    expect(second?.end).toBe(range.end);
    expect((second?.start ?? 0) - (first?.end ?? 0)).toBe(1);
    for (const window of windows) expect(window.end - window.start).toBeLessThanOrEqual(MAX_STATISTICS_MS);
  });

  it('widens listConversations by a day on each side of the UTC days the instants fall on', () => {
    const range = dayRange('2026-03-01', '2026-03-02', 'Pacific/Auckland');
    // 1 March in Auckland starts on 28 February UTC and 2 March ends on 2 March UTC.
    expect(listConversationDays({ start: range.start, end: range.end })).toEqual({
      fromDate: '2026-02-27',
      toDate: '2026-03-03',
    });
  });
});
