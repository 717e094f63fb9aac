import type { StoredCase } from './inbox-store';

/**
 * A stored case as the browser receives it: the raw body SnapEngage posted, with what the inbox knows
 * better appended as last members (in JSON the last copy of a member wins, and the stored body is never
 * changed):
 * - a number id is also written as a string of its exact digits, so the browser never reads it through
 *   a JavaScript number (ids past 2^53, `4.242e3`);
 * - a case that came without any start time gets its receipt time as `created_at_*`, marked with
 *   `backscroll_start_from_receipt`, so it is shown (at that time, and said so) instead of dropped.
 */
export function listedCase(stored: StoredCase): string {
  const added: string[] = [];
  if (stored.idIsNumber) added.push(`"id":${JSON.stringify(stored.id)}`);
  if (stored.startFromReceipt) {
    const seconds = Math.floor(stored.startedAt / 1000);
    added.push(
      `"created_at_seconds":${seconds}`,
      `"created_at_milliseconds":${stored.startedAt - seconds * 1000}`,
      '"backscroll_start_from_receipt":true',
    );
  }
  if (added.length === 0) return stored.raw;
  // The body was checked to be a JSON object with an id when it arrived, so it ends in `}` and has members.
  const body = stored.raw.trimEnd();
  return `${body.slice(0, -1)},${added.join(',')}}`;
}
