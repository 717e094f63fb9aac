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
 * `derive(part, variant)` once per part array and variant (a sort column, a range; told apart by
 * `keyOf`), kept as long as the part is alive. Only the latest variant of each part is kept: the list
 * shows one at a time.
 */
export function perPart<Variant, Result>(
  derive: (part: ReadonlyArray<Conversation>, variant: Variant) => Result,
  keyOf: (variant: Variant) => string,
): (part: ReadonlyArray<Conversation>, variant: Variant) => Result {
  const cache = new WeakMap<ReadonlyArray<Conversation>, { key: string; result: Result }>();
  return (part, variant) => {
    const key = keyOf(variant);
    const held = cache.get(part);
    if (held && held.key === key) return held.result;
    const result = derive(part, variant);
    cache.set(part, { key, result });
    return result;
  };
}
