/** docs/vendor-api/imbox-chat-api.txt, chatStatistics: "Maximum 365 days per request". */
export const MAX_STATISTICS_MS = 365 * 86_400_000;
const DAY_MS = 86_400_000;

/** A stretch of exact instants (epoch ms, both ends inclusive) that one chatStatistics request may cover. */
export type StatisticsWindow = { start: number; end: number };

/**
 * Splits [start, end] into consecutive windows of at most 365 days. A year in a timezone with summer time
 * can be an hour longer than 365 days; it then takes a second, one-hour window rather than a refusal.
 */
export function statisticsWindows(start: number, end: number): StatisticsWindow[] {
  const windows: StatisticsWindow[] = [];
  for (let from = start; from <= end; from += MAX_STATISTICS_MS) {
    windows.push({ start: from, end: Math.min(end, from + MAX_STATISTICS_MS - 1) });
  }
  return windows;
}

/** chatStatistics' own parameters, in the format its docs give: `2020-01-01T00:00:00.000Z`. */
export function statisticsParams(window: StatisticsWindow): { startTime: string; endTime: string } {
  return { startTime: new Date(window.start).toISOString(), endTime: new Date(window.end).toISOString() };
}

/**
 * listConversations takes whole days in ImBox's own timezone, which the API does not tell. Any real
 * timezone is within a day of UTC, so the UTC days of the window's instants, widened by one day on each
 * side, hold every conversation of the window; the caller then keeps only dates inside the instants.
 */
export function listConversationDays(window: StatisticsWindow): { fromDate: string; toDate: string } {
  return { fromDate: utcDay(window.start - DAY_MS), toDate: utcDay(window.end + DAY_MS) };
}

function utcDay(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}
