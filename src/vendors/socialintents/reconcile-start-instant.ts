const QUARTER_HOUR = 15 * 60_000;
const TOLERANCE = 2 * 60_000;
const LARGEST_OFFSET = 14 * 60 * 60_000;

/**
 * `startDate` is a wall-clock string in the zone the request named, or else the account's own zone
 * (docs/vendor-api/NOTES.md), which the viewer cannot know. The message timestamps are epoch milliseconds and
 * carry no such doubt. When the first message sits a whole number of quarter hours (a timezone offset) away
 * from the parsed start, the string was read in the wrong zone: shift it by that offset, keeping its seconds.
 * A start that is close to the first message, or off by an amount no timezone explains, stays as parsed.
 */
export function reconcileStartInstant(parsedStart: number, firstMessageAt: number | null): number {
  if (firstMessageAt === null) return parsedStart;
  const difference = firstMessageAt - parsedStart;
  const offset = Math.round(difference / QUARTER_HOUR) * QUARTER_HOUR;
  if (offset === 0 || Math.abs(offset) > LARGEST_OFFSET) return parsedStart;
  if (Math.abs(difference - offset) > TOLERANCE) return parsedStart;
  return parsedStart + offset;
}
