import { TZDate } from '@date-fns/tz';
import { addDays, endOfDay, format, isValid, parse, startOfDay } from 'date-fns';

/**
 * A range of whole days in the viewer's timezone, as the URL gives it (`from`/`to`, YYYY-MM-DD, both
 * inclusive), with the instants it covers. Vendors get the days pushed down (widened where their own
 * timezone is unknown) and every row is then checked against the exact instants.
 */
export type DayRange = {
  from: string;
  to: string;
  timeZone: string;
  /** First millisecond of `from`, in the viewer's timezone. */
  start: number;
  /** Last millisecond of `to`, in the viewer's timezone. */
  end: number;
};

export const DEFAULT_RANGE_DAYS = 30;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isDay(value: string | null | undefined): value is string {
  if (!value || !DAY_PATTERN.test(value)) return false;
  return isValid(parse(value, 'yyyy-MM-dd', new Date()));
}

export function today(timeZone: string, now: number = Date.now()): string {
  return format(new TZDate(now, timeZone), 'yyyy-MM-dd');
}

export function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return format(addDays(new Date(y, m - 1, d), days), 'yyyy-MM-dd');
}

export function dayRange(from: string, to: string, timeZone: string): DayRange {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const start = startOfDay(new TZDate(fy, fm - 1, fd, timeZone)).getTime();
  const end = endOfDay(new TZDate(ty, tm - 1, td, timeZone)).getTime();
  return { from, to, timeZone, start, end };
}

/** Reads `from`/`to` from the URL; a missing or invalid value falls back to the last 30 days. */
export function rangeFromParams(
  params: URLSearchParams,
  timeZone: string = viewerTimeZone(),
  now: number = Date.now(),
): DayRange {
  const to = isDay(params.get('to')) ? (params.get('to') as string) : today(timeZone, now);
  const fromParam = params.get('from');
  let from = isDay(fromParam) ? fromParam : shiftDay(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) from = to;
  return dayRange(from, to, timeZone);
}

/** Whole days [from, to] in chunks of at most `days` days. */
export function dayChunks(from: string, to: string, days: number): Array<{ start: string; end: string }> {
  const chunks: Array<{ start: string; end: string }> = [];
  for (let start = from; start <= to; start = shiftDay(start, days)) {
    const last = shiftDay(start, days - 1);
    chunks.push({ start, end: last < to ? last : to });
  }
  return chunks;
}
