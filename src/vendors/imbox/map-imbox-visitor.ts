import { joinPresent } from '../../model/text';

/**
 * ImBox describes a visitor in pieces (city and country; browser and OS; traffic type and search engine),
 * the same in chatStatistics and grabVisitorInfo. These put each pair into the one field the model has.
 */

export function imboxLocation(city: string | null, country: string | null): string | null {
  return joinPresent([city, country]);
}

/** "Chrome 50.0.0 on OS X": ImBox has no user-agent string, only what it parsed out of one. */
export function imboxBrowser(browser: string | null, os: string | null): string | null {
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? null;
}

/**
 * Where the visitor came from. ImBox's traffic type is "Direct", "Organic" (then the search engine says
 * which: "Google") or the referring domain; keep all of it: "Organic (Google)".
 */
export function imboxReferrer(trafficType: string | null, searchEngine: string | null): string | null {
  if (trafficType && searchEngine) return `${trafficType} (${searchEngine})`;
  return trafficType ?? searchEngine ?? null;
}
