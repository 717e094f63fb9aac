/**
 * Dates and durations for the reading pane, in the viewer's own locale and timezone (Intl picks both up
 * from the browser; tests pass them explicitly).
 */
export type WhenFormat = { locale?: string; timeZone?: string };

/** "14:03": next to each message. */
export function formatTime(at: number, options: WhenFormat = {}): string {
  return new Intl.DateTimeFormat(options.locale, { timeZone: options.timeZone, timeStyle: 'short' }).format(
    at,
  );
}

/** "21 Nov 2026, 14:03:12": on hover, and wherever an instant stands alone. */
export function formatDateTime(at: number, options: WhenFormat = {}): string {
  return new Intl.DateTimeFormat(options.locale, {
    timeZone: options.timeZone,
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(at);
}

/** "Monday 2 November 2026": the day a stretch of messages belongs to. */
export function formatDay(at: number, options: WhenFormat = {}): string {
  return new Intl.DateTimeFormat(options.locale, { timeZone: options.timeZone, dateStyle: 'full' }).format(
    at,
  );
}

/** "24 min 16 s", "1 h 05 min", "45 s": short enough for a header line. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  if (minutes > 0) return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  return `${rest} s`;
}
