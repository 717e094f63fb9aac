import type { Conversation } from '../../model/conversation';

/**
 * The list is one array of every vendor's conversations, made anew whenever one vendor's rows change (a
 * vendor lands, a batch of ImBox details is folded in). What the list derives from its rows (the sort
 * order, the filter arrays, the facet counts) is worked out per vendor's array and kept while that array
 * is unchanged, so a change in one vendor costs that vendor's rows and a linear merge, not all of them
 * again: at 100,000 conversations, re-deriving everything made each fold a 500 ms freeze.
 *
 * A concatenation made here remembers its parts; any other array is its own one part.
 */
const partsByWhole = new WeakMap<ReadonlyArray<Conversation>, ReadonlyArray<ReadonlyArray<Conversation>>>();

export function concatParts(parts: ReadonlyArray<Conversation[]>): Conversation[] {
  if (parts.length === 1 && parts[0]) return parts[0];
  const whole = parts.flat();
  partsByWhole.set(whole, parts);
  return whole;
}

export function partsOf(whole: ReadonlyArray<Conversation>): ReadonlyArray<ReadonlyArray<Conversation>> {
  return partsByWhole.get(whole) ?? [whole];
}

/**
 * A derivation written to be worked out in slices: it yields after each `ROWS_PER_SLICE` rows or so and
 * returns its result. Run whole (`wholly`) by a render that needs the result now; run a few milliseconds
 * at a time by usePreparedConversations, ahead of that render. Worked out in one go, counting the facets
 * of a vendor's 40,000 rows and sorting them were each a 90–200 ms task of a reload.
 */
export type Slices<Result> = Generator<void, Result, void>;

/** Rows a sliced derivation works through between two yields (about a millisecond here). */
export const ROWS_PER_SLICE = 2048;

/** The result of a sliced derivation, worked out at once. */
function wholly<Result>(slices: Slices<Result>): Result {
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
  }
}

/**
 * Works on `slices` until it is done (then true) or `budgetMs` have passed (then false: call again after
 * letting the page paint and answer input).
 */
export function workFor(slices: Slices<unknown>, budgetMs: number): boolean {
  const started = performance.now();
  for (;;) {
    if (slices.next().done === true) return true;
    if (performance.now() - started >= budgetMs) return false;
  }
}

/** A derivation kept per part: called, it is worked out at once; `inSlices`, a slice at a time. */
export type PerPart<Variant, Result> = {
  (part: ReadonlyArray<Conversation>, variant: Variant): Result;
  /** The same result, worked out in slices when not kept yet, and kept once done. */
  inSlices: (part: ReadonlyArray<Conversation>, variant: Variant) => Slices<Result>;
};

/**
 * `derive(part, variant)` once per part array and variant (a sort column, a range; told apart by
 * `keyOf`), kept as long as the part is alive. Only the latest variant of each part is kept: the list
 * shows one at a time.
 */
export function perPart<Variant, Result>(
  derive: (part: ReadonlyArray<Conversation>, variant: Variant) => Slices<Result>,
  keyOf: (variant: Variant) => string,
): PerPart<Variant, Result> {
  const cache = new WeakMap<ReadonlyArray<Conversation>, { key: string; result: Result }>();
  function* inSlices(part: ReadonlyArray<Conversation>, variant: Variant): Slices<Result> {
    const key = keyOf(variant);
    const held = cache.get(part);
    if (held && held.key === key) return held.result;
    const result = yield* derive(part, variant);
    cache.set(part, { key, result });
    return result;
  }
  return Object.assign(
    (part: ReadonlyArray<Conversation>, variant: Variant): Result => wholly(inSlices(part, variant)),
    { inSlices },
  );
}
