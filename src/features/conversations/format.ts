/**
 * Dates and numbers in the viewer's locale and timezone (the browser's), built once: creating an
 * Intl formatter per table cell would dominate scrolling at 100,000 rows.
 */
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const fullDateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' });
const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const numberFormat = new Intl.NumberFormat();

/** "21 Nov 2026, 14:03" */
export function formatDateTime(epochMs: number): string {
  return dateTimeFormat.format(epochMs);
}

/** For tooltips: the weekday, seconds and timezone a glance at the table leaves out. */
export function formatFullDateTime(epochMs: number): string {
  return fullDateTimeFormat.format(epochMs);
}

/** A calendar day from the URL ("2026-11-21") as "21 Nov 2026", without shifting it through a timezone. */
export function formatDay(day: string): string {
  return dayFormat.format(Date.parse(`${day}T00:00:00Z`));
}

const shortDayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "23 Oct – 21 Nov", with the years only when the range is not within one year. */
export function formatDayRange(from: string, to: string): string {
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${formatDay(from)} – ${formatDay(to)}`;
  const short = (day: string) => shortDayFormat.format(Date.parse(`${day}T00:00:00Z`));
  return `${short(from)} – ${short(to)}`;
}

/** "1,234" */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** "1,234 conversations" / "1 conversation" */
export function conversationsText(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'conversation' : 'conversations'}`;
}
