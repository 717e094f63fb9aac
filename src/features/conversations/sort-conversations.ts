import type { SortingState } from '@tanstack/react-table';
import type { Conversation } from '../../model/conversation';
import { partsOf, perPart, ROWS_PER_SLICE, type Slices } from './conversation-parts';
import { isColumnId, sortKeys, type ColumnId, type SortKey } from './sort-keys';

export const newestFirst: SortingState = [{ id: 'startedAt', desc: true }];

/**
 * The order of `conversations` under TanStack Table's sorting state, as positions into the array.
 *
 * Sorting happens here rather than in TanStack's getSortedRowModel: that needs a TanStack row object per
 * conversation, which at 100,000 conversations measured about 550 MB and over a second to build, on
 * every vendor that finishes loading. Here a sort is one key per conversation and one array of positions.
 *
 * Missing values go last in both directions; ties fall back to newest first, then to the given order.
 */
export function sortOrder(conversations: ReadonlyArray<Conversation>, sorting: SortingState): Int32Array {
  return sortedWhole(conversations, sortOf(sorting));
}

/** sortOrder worked out in slices (conversation-parts.ts), and kept for the render that shows it. */
export function sortOrderInSlices(
  conversations: ReadonlyArray<Conversation>,
  sorting: SortingState,
): Slices<Int32Array> {
  return sortedWhole.inSlices(conversations, sortOf(sorting));
}

type SortBy = { id: ColumnId; desc: boolean };

function sortOf(sorting: SortingState): SortBy {
  const first = sorting[0];
  return first && isColumnId(first.id)
    ? { id: first.id, desc: first.desc }
    : { id: 'startedAt' as const, desc: true };
}

const keyOfSort = ({ id, desc }: SortBy) => `${id}:${desc ? 'desc' : 'asc'}`;

/**
 * The whole list's order under a sort: its parts' orders merged. Kept per array like a part's (the
 * same list is sorted ahead by usePreparedConversations, then by the render that shows it).
 */
const sortedWhole = perPart(function* (conversations, sort: SortBy): Slices<Int32Array> {
  const sorted: SortedPart[] = [];
  for (const part of partsOf(conversations)) sorted.push(yield* sortedPart.inSlices(part, sort));
  if (sorted.length === 1) return (sorted[0] as SortedPart).order;
  return yield* mergeSorted(sorted, sort.desc ? -1 : 1);
}, keyOfSort);

/** One part's conversations in order (positions into the part), with the keys they were sorted by. */
type SortedPart = { order: Int32Array; keys: SortKey[]; started: Float64Array };

/** One part's order under a sort, kept while the part is unchanged. */
const sortedPart = perPart((part, { id, desc }: SortBy) => sortPart(part, id, desc), keyOfSort);

function* sortPart(
  conversations: ReadonlyArray<Conversation>,
  id: ColumnId,
  desc: boolean,
): Slices<SortedPart> {
  const keyOf = sortKeys[id];
  const keys = new Array<SortKey>(conversations.length);
  const started = new Float64Array(conversations.length);
  const order = new Int32Array(conversations.length);
  for (let i = 0; i < conversations.length; i++) {
    if (i % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) yield;
    const conversation = conversations[i] as Conversation;
    keys[i] = keyOf(conversation);
    started[i] = conversation.startedAt;
    order[i] = i;
  }
  const direction = desc ? -1 : 1;
  const compare = (a: number, b: number) =>
    compareEntries(keys[a], started[a] as number, a, keys[b], started[b] as number, b, direction);
  // A vendor's rows arrive newest first, the default order: one pass tells, where sorting them anyway
  // (a merge sort, whatever the input) took about 30 ms of a vendor's landing at 22,000 rows.
  let inOrder = true;
  for (let i = 1; i < order.length && inOrder; i++) {
    if (i % ROWS_PER_SLICE === 0) yield;
    inOrder = compare(i - 1, i) <= 0;
  }
  // One piece of work, unsliced: only rows not already in the order asked (another column, or oldest
  // first) get here, and a vendor's rows come newest first.
  if (!inOrder) order.sort(compare);
  return { order, keys, started };
}

/** The sort's comparison: the key (missing last both ways), then newest first, then the given order. */
function compareEntries(
  ka: SortKey,
  sa: number,
  ia: number,
  kb: SortKey,
  sb: number,
  ib: number,
  direction: number,
): number {
  if (ka !== kb) {
    if (ka === undefined) return 1;
    if (kb === undefined) return -1;
    if (ka < kb) return -direction;
    if (ka > kb) return direction;
  }
  return sb - sa || ia - ib;
}

/** The parts' orders merged into one over the whole array (parts follow each other in it). */
function* mergeSorted(parts: ReadonlyArray<SortedPart>, direction: number): Slices<Int32Array> {
  const offsets: number[] = [];
  let total = 0;
  for (const part of parts) {
    offsets.push(total);
    total += part.order.length;
  }
  const heads = parts.map(() => 0);
  const merged = new Int32Array(total);
  for (let out = 0; out < total; out++) {
    if (out % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) yield;
    let best = -1;
    let bestAt = 0;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p] as SortedPart;
      const head = heads[p] as number;
      if (head >= part.order.length) continue;
      const at = part.order[head] as number;
      if (best !== -1) {
        const other = parts[best] as SortedPart;
        const order = compareEntries(
          part.keys[at],
          part.started[at] as number,
          (offsets[p] as number) + at,
          other.keys[bestAt],
          other.started[bestAt] as number,
          (offsets[best] as number) + bestAt,
          direction,
        );
        if (order >= 0) continue;
      }
      best = p;
      bestAt = at;
    }
    merged[out] = (offsets[best] as number) + bestAt;
    heads[best] = (heads[best] as number) + 1;
  }
  return merged;
}

/** The conversations at `order`'s positions whose `mask` entry is 1, in that order. */
export function pickInOrder(
  conversations: ReadonlyArray<Conversation>,
  order: Int32Array,
  mask: Uint8Array,
): Conversation[] {
  const picked: Conversation[] = [];
  for (let i = 0; i < order.length; i++) {
    const position = order[i] as number;
    if (mask[position] === 1) picked.push(conversations[position] as Conversation);
  }
  return picked;
}
