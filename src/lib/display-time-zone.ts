import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The timezone every date and time is shown in: the link's `tz` (an IANA name, so a shared link shows
 * the same days and times to everyone who opens it), else the browser's. The list, the overview, the
 * transcript, the date controls and every export read it here, so there is one answer.
 */
export const TIME_ZONE_PARAM = 'tz';

// Asking Intl costs a fraction of a millisecond, and every visible row's time asks (measured: 0.3 s of a
// few filter changes at 100,000 rows). The answer is kept for a minute, so a laptop that changed zone
// still follows.
let browserZone: { zone: string; at: number } | null = null;
const BROWSER_ZONE_TTL_MS = 60_000;

export function browserTimeZone(): string {
  const now = Date.now();
  if (browserZone === null || now - browserZone.at > BROWSER_ZONE_TTL_MS) {
    browserZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', at: now };
  }
  return browserZone.zone;
}

const parsedZones = new Map<string, string | null>();

/**
 * The IANA name as Intl spells it ("asia/tokyo" → "Asia/Tokyo"), or null for anything Intl does not know
 * (a typo, an offset such as "+09:00", which would not follow daylight saving).
 */
export function parseTimeZone(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed || trimmed.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(trimmed)) return null;
  const known = parsedZones.get(trimmed);
  if (known !== undefined) return known;
  let parsed: string | null;
  try {
    parsed = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    parsed = null;
  }
  // Only names that passed the shape test above are kept: a few dozen at most in a session.
  parsedZones.set(trimmed, parsed);
  return parsed;
}

/** The zone a set of link parameters asks for; an invalid or missing `tz` falls back to the browser's. */
export function timeZoneFromParams(params: URLSearchParams): string {
  return parseTimeZone(params.get(TIME_ZONE_PARAM)) ?? browserTimeZone();
}

/**
 * The display timezone right now, for code outside React (exports): the current page's `tz`, else the
 * browser's zone.
 */
export function displayTimeZone(): string {
  if (typeof window === 'undefined') return browserTimeZone();
  return timeZoneFromParams(new URLSearchParams(window.location.search));
}

/** The display timezone for a component; it re-renders when the link's `tz` changes. */
export function useDisplayTimeZone(): string {
  const [params] = useSearchParams();
  const raw = params.get(TIME_ZONE_PARAM);
  return useMemo(() => parseTimeZone(raw) ?? browserTimeZone(), [raw]);
}

/** A copy of `params` showing times in `timeZone`; the browser's own zone is left out of the link. */
export function writeTimeZone(params: URLSearchParams, timeZone: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (timeZone === browserTimeZone()) next.delete(TIME_ZONE_PARAM);
  else next.set(TIME_ZONE_PARAM, timeZone);
  return next;
}

/** Every zone Intl knows, for the picker; UTC first-class even where Intl leaves it out of the list. */
export function allTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** "GMT+9" or "GMT-4:30" at `at`: the offset beside a zone's name. */
export function timeZoneOffsetName(timeZone: string, at: number = Date.now()): string {
  // Making a formatter costs about a millisecond and the table's header asks on every render.
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' });
    offsetFormats.set(timeZone, format);
  }
  const part = format.formatToParts(at).find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}
