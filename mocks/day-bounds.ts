import { TZDate } from '@date-fns/tz';
import { endOfDay, startOfDay } from 'date-fns';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The first or last millisecond of a `YYYY-MM-DD` day in a timezone, as the emulated vendors read their
 * day filters; null when the filter is absent, 'invalid' when it is not a real day. Written here rather
 * than borrowed from the browser's date code, so the emulation checks that code instead of sharing it.
 */
export function dayBound(
  value: string | null,
  timeZone: string,
  edge: 'start' | 'end',
): number | null | 'invalid' {
  if (value === null || value === '') return null;
  const match = DAY.exec(value);
  if (!match) return 'invalid';
  const day = new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), timeZone);
  if (Number.isNaN(day.getTime()) || day.getDate() !== Number(match[3])) return 'invalid';
  return (edge === 'start' ? startOfDay(day) : endOfDay(day)).getTime();
}
