import type { SortingState } from '@tanstack/react-table';
import type { Conversation } from '../../model/conversation';
import { isColumnId, sortKeys, type SortKey } from './sort-keys';

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
  const first = sorting[0];
  const { id, desc } =
    first && isColumnId(first.id)
      ? { id: first.id, desc: first.desc }
      : { id: 'startedAt' as const, desc: true };
  const keyOf = sortKeys[id];
  const keys = new Array<SortKey>(conversations.length);
  const started = new Float64Array(conversations.length);
  const order = new Int32Array(conversations.length);
  for (let i = 0; i < conversations.length; i++) {
    const conversation = conversations[i] as Conversation;
    keys[i] = keyOf(conversation);
    started[i] = conversation.startedAt;
    order[i] = i;
  }
  const direction = desc ? -1 : 1;
  return order.sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    if (ka !== kb) {
      if (ka === undefined) return 1;
      if (kb === undefined) return -1;
      if (ka < kb) return -direction;
      if (ka > kb) return direction;
    }
    return (started[b] as number) - (started[a] as number) || a - b;
  });
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
