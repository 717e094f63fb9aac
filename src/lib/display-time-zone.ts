/**
 * The timezone every exported or printed time is written in. Today that is the browser's own zone; a
 * `tz` link parameter will choose it later, and this is the one place that will read it, so formatters
 * take `timeZone: string` and never look it up themselves.
 */
export function displayTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The display timezone for a component (a hook, so that reading it from the link later is a one-line change). */
export function useDisplayTimeZone(): string {
  return displayTimeZone();
}
