import { dayRange, today, type DayRange } from '../date-range';
import type { Span } from './spans';

/**
 * The whole days (in `timeZone`) that cover `span`: vendors are asked by day (and widen that by their
 * own one-day margin where their timezone is unknown); what they answer is then cut to the span's instants.
 */
export function coveringDays(span: Span, timeZone: string): DayRange {
  return dayRange(today(timeZone, span.start), today(timeZone, span.end), timeZone);
}
