import { subtractSpans, unionSpans, type LoadedSpan, type Span } from './spans';

/**
 * A chat can still change for a while after it starts (ratings, surveys and late offline messages arrive
 * after it ends): what started within this long before a load may have changed since.
 */
export const OPEN_WINDOW_MS = 48 * 60 * 60_000;
/** How long a load of still-open time is trusted before it is asked again. */
export const REFRESH_AFTER_MS = 5 * 60_000;

/**
 * The time a loaded span still vouches for at `now`: the part that was already closed when it was loaded
 * (it started more than OPEN_WINDOW_MS before the load) forever; the rest only for REFRESH_AFTER_MS.
 */
export function trustedPart(span: LoadedSpan, now: number): Span | null {
  if (now - span.loadedAt < REFRESH_AFTER_MS) return { start: span.start, end: span.end };
  const closedUntil = Math.min(span.end, span.loadedAt - OPEN_WINDOW_MS);
  return closedUntil >= span.start ? { start: span.start, end: closedUntil } : null;
}

/** The parts of `range` to ask the vendor for: not held at all, or held but possibly changed since. */
export function spansToLoad(range: Span, held: ReadonlyArray<LoadedSpan>, now: number): Span[] {
  const trusted = held.flatMap((span) => trustedPart(span, now) ?? []);
  return subtractSpans(range, unionSpans(trusted));
}

/** When `range` was last asked of the vendor (its newest overlapping load); null when never. */
export function lastLoadedAt(range: Span, held: ReadonlyArray<LoadedSpan>): number | null {
  const overlapping = held.filter((span) => span.end >= range.start && span.start <= range.end);
  return overlapping.length === 0 ? null : Math.max(...overlapping.map((span) => span.loadedAt));
}
