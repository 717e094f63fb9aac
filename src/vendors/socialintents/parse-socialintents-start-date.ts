import { TZDate } from '@date-fns/tz';

/**
 * `startDate` comes in several shapes (docs/vendor-api/NOTES.md, Social Intents):
 * - `2017-06-24 15:01:31 PM`: a 24-hour clock that still carries a meridiem (chat-history-v1 sample),
 * - `2017-06-24 03:01:31 PM`: a real 12-hour clock, which some accounts send,
 * - ISO-8601 with an offset (webhook docs).
 * Wall-clock forms are in the timezone the request named in `timezone`. Returns epoch ms, or null.
 */
const WALL_CLOCK =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:\s*([AaPp])\.?[Mm]\.?)?$/;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

export function parseSocialIntentsStartDate(
  value: string | number | null | undefined,
  timeZone: string,
): number | null {
  if (value == null) return null;
  if (typeof value === 'number') return toEpochMs(value);
  const trimmed = value.trim();
  if (/^\d{9,13}$/.test(trimmed)) return toEpochMs(Number(trimmed));
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed) && HAS_OFFSET.test(trimmed)) {
    const instant = Date.parse(trimmed);
    return Number.isNaN(instant) ? null : instant;
  }
  const match = WALL_CLOCK.exec(trimmed);
  if (!match) return null;
  const [, year, month, day, hourText, minute, second, fraction, meridiem] = match;
  const hour = to24Hour(Number(hourText), meridiem);
  if (hour === null || Number(minute) > 59 || Number(second ?? 0) > 59) return null;
  const date = new TZDate(
    Number(year),
    Number(month) - 1,
    Number(day),
    hour,
    Number(minute),
    Number(second ?? 0),
    Number((fraction ?? '0').padEnd(3, '0')),
    timeZone,
  );
  const instant = date.getTime();
  // TZDate rolls 2017-02-31 over into March; a day that does not exist is not a date.
  if (Number.isNaN(instant) || date.getMonth() !== Number(month) - 1) return null;
  return instant;
}

/** A meridiem only means something on a 1-12 hour; `15:01:31 PM` is already 24-hour. */
function to24Hour(hour: number, meridiem: string | undefined): number | null {
  if (hour > 23) return null;
  if (!meridiem || hour > 12 || hour === 0) return hour;
  const pm = meridiem.toLowerCase() === 'p';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/** Epoch seconds or milliseconds; the vendor's own timestamps are milliseconds. */
export function toEpochMs(value: number): number | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  return value < 1e12 ? value * 1000 : value;
}
