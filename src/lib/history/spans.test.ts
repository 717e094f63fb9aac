import { describe, expect, it } from 'vitest';
import { intersectSpan, replaceSpan, subtractSpans, unionSpans } from './spans';

describe('unionSpans', () => {
  it('sorts, joins overlapping and touching spans, and keeps gaps', () => {
    expect(
      unionSpans([
        { start: 20, end: 30 },
        { start: 0, end: 9 },
        { start: 10, end: 12 },
        { start: 25, end: 40 },
        { start: 50, end: 60 },
      ]),
    ).toEqual([
      { start: 0, end: 12 },
      { start: 20, end: 40 },
      { start: 50, end: 60 },
    ]);
  });
});

describe('subtractSpans', () => {
  it('returns the whole span when nothing is held', () => {
    expect(subtractSpans({ start: 0, end: 99 }, [])).toEqual([{ start: 0, end: 99 }]);
  });

  it('returns nothing when the holes cover it', () => {
    expect(
      subtractSpans({ start: 10, end: 20 }, [
        { start: 0, end: 14 },
        { start: 15, end: 30 },
      ]),
    ).toEqual([]);
  });

  it('returns the exact gaps before, between and after the holes', () => {
    expect(
      subtractSpans({ start: 0, end: 100 }, [
        { start: 10, end: 19 },
        { start: 40, end: 49 },
        { start: 200, end: 300 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 20, end: 39 },
      { start: 50, end: 100 },
    ]);
  });

  it('widening 30 to 90 days leaves only the 60 new days', () => {
    const day = 86_400_000;
    const held = [{ start: 60 * day, end: 90 * day - 1 }];
    expect(subtractSpans({ start: 0, end: 90 * day - 1 }, held)).toEqual([{ start: 0, end: 60 * day - 1 }]);
  });
});

describe('intersectSpan', () => {
  it('cuts a span to another, or says they do not meet', () => {
    expect(intersectSpan({ start: 0, end: 50 }, { start: 20, end: 80 })).toEqual({ start: 20, end: 50 });
    expect(intersectSpan({ start: 0, end: 10 }, { start: 11, end: 80 })).toBeNull();
  });
});

describe('replaceSpan', () => {
  it('lets the newer load replace the time it covers and keeps the rest of the older ones', () => {
    const held = [{ start: 0, end: 99, loadedAt: 1 }];
    expect(replaceSpan(held, { start: 40, end: 59, loadedAt: 2 })).toEqual([
      { start: 0, end: 39, loadedAt: 1 },
      { start: 40, end: 59, loadedAt: 2 },
      { start: 60, end: 99, loadedAt: 1 },
    ]);
  });

  it('joins neighbours loaded at the same moment', () => {
    const held = [{ start: 0, end: 9, loadedAt: 5 }];
    expect(replaceSpan(held, { start: 10, end: 19, loadedAt: 5 })).toEqual([
      { start: 0, end: 19, loadedAt: 5 },
    ]);
  });
});
