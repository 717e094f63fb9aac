/**
 * Spans of time as exact instants (epoch milliseconds, both ends inclusive, like DayRange's start/end), and
 * the arithmetic the local history needs: which parts of a range are held, which are missing, and how a
 * freshly loaded span replaces what was held for the same time. Pure functions, no dates or timezones.
 */
export type Span = { start: number; end: number };

/** A span the history holds, and when it was asked of the vendor (the start of that request). */
export type LoadedSpan = Span & { loadedAt: number };

/** Sorted by start, overlapping or touching spans joined into one. */
export function unionSpans(spans: ReadonlyArray<Span>): Span[] {
  const sorted = spans.filter((span) => span.end >= span.start).sort((a, b) => a.start - b.start);
  const joined: Span[] = [];
  for (const span of sorted) {
    const last = joined.at(-1);
    if (last && span.start <= last.end + 1) last.end = Math.max(last.end, span.end);
    else joined.push({ start: span.start, end: span.end });
  }
  return joined;
}

/** The parts of `from` that none of `holes` covers, in order. */
export function subtractSpans(from: Span, holes: ReadonlyArray<Span>): Span[] {
  const left: Span[] = [];
  let cursor = from.start;
  for (const hole of unionSpans(holes)) {
    if (hole.end < cursor) continue;
    if (hole.start > from.end) break;
    if (hole.start > cursor) left.push({ start: cursor, end: hole.start - 1 });
    cursor = hole.end + 1;
    if (cursor > from.end) return left;
  }
  if (cursor <= from.end) left.push({ start: cursor, end: from.end });
  return left;
}

/** True when `instant` falls within `span` (both ends inclusive). */
export function spanHolds(span: Span, instant: number): boolean {
  return instant >= span.start && instant <= span.end;
}

/** `span` cut to `within`, or null when they do not meet. */
export function intersectSpan(span: Span, within: Span): Span | null {
  const start = Math.max(span.start, within.start);
  const end = Math.min(span.end, within.end);
  return start <= end ? { start, end } : null;
}

/**
 * What the history holds after `added` was loaded: the older spans keep only the time `added` does not
 * cover (its answer replaces theirs), sorted by start; neighbours loaded at the same moment are joined.
 */
export function replaceSpan(held: ReadonlyArray<LoadedSpan>, added: LoadedSpan): LoadedSpan[] {
  const kept = held.flatMap((span) =>
    subtractSpans(span, [added]).map((part) => ({ ...part, loadedAt: span.loadedAt })),
  );
  const sorted = [...kept, { ...added }].sort((a, b) => a.start - b.start);
  const joined: LoadedSpan[] = [];
  for (const span of sorted) {
    const last = joined.at(-1);
    if (last && last.loadedAt === span.loadedAt && span.start <= last.end + 1) {
      last.end = Math.max(last.end, span.end);
    } else joined.push(span);
  }
  return joined;
}
