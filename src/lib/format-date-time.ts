/**
 * Every date and time the app shows on screen, in the viewer's locale and timezone (the browser's; tests
 * pass both explicitly). Formatters are built once per locale and zone: creating an Intl formatter per
 * table cell would dominate scrolling at 100,000 rows. Files use `zoned-clock.ts` instead (fixed digits).
 */
export type WhenFormat = { locale?: string; timeZone?: string };

const shapes = {
  /** The table's "Started": no seconds, so the column stays narrow. */
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  dateTimeWithSeconds: { dateStyle: 'medium', timeStyle: 'medium' },
  fullDateTime: { dateStyle: 'full', timeStyle: 'long' },
  time: { timeStyle: 'short' },
  longDay: { dateStyle: 'full' },
  // Calendar days from the URL are formatted as UTC midnights, so no timezone can shift them.
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  shortDay: { day: 'numeric', month: 'short', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type Shape = keyof typeof shapes;

const viewerFormats = new Map<Shape, Intl.DateTimeFormat>();
const explicitFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(shape: Shape, options: WhenFormat | undefined): Intl.DateTimeFormat {
  if (options === undefined) {
    let format = viewerFormats.get(shape);
    if (!format) {
      format = new Intl.DateTimeFormat(undefined, shapes[shape]);
      viewerFormats.set(shape, format);
    }
    return format;
  }
  const key = `${shape}|${options.locale ?? ''}|${options.timeZone ?? ''}`;
  let format = explicitFormats.get(key);
  if (!format) {
    // A shape that pins its own zone (calendar days) keeps it.
    format = new Intl.DateTimeFormat(options.locale, { timeZone: options.timeZone, ...shapes[shape] });
    explicitFormats.set(key, format);
  }
  return format;
}

/** "21 Nov 2026, 14:03": the table's start time. */
export function formatDateTime(at: number, options?: WhenFormat): string {
  return formatter('dateTime', options).format(at);
}

/** "21 Nov 2026, 14:03:12": the transcript's header and details, and a message time's tooltip. */
export function formatDateTimeWithSeconds(at: number, options?: WhenFormat): string {
  return formatter('dateTimeWithSeconds', options).format(at);
}

/** For tooltips: the weekday, seconds and timezone a glance at the table leaves out. */
export function formatFullDateTime(at: number, options?: WhenFormat): string {
  return formatter('fullDateTime', options).format(at);
}

/** "14:03": next to each message. */
export function formatTime(at: number, options?: WhenFormat): string {
  return formatter('time', options).format(at);
}

/** "Monday, 2 November 2026": the day a stretch of messages belongs to. */
export function formatLongDay(at: number, options?: WhenFormat): string {
  return formatter('longDay', options).format(at);
}

/** A calendar day from the URL ("2026-11-21") as "21 Nov 2026", without shifting it through a timezone. */
export function formatDay(day: string, options?: WhenFormat): string {
  return formatter('day', options).format(utcMidnight(day));
}

/** A calendar day from the URL as "21 Nov": chart axes. */
export function formatShortDay(day: string, options?: WhenFormat): string {
  return formatter('shortDay', options).format(utcMidnight(day));
}

/** "23 Oct – 21 Nov", with the years only when the range is not within one year. */
export function formatDayRange(from: string, to: string, options?: WhenFormat): string {
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${formatDay(from, options)} – ${formatDay(to, options)}`;
  const short = formatter('shortDay', options);
  return `${short.format(utcMidnight(from))} – ${short.format(utcMidnight(to))}`;
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

function utcMidnight(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}
