import type { Conversation } from '../model/conversation';
import type { VendorList } from './types';

/**
 * The one rule for a bad item in any vendor's list: each item is normalized on its own, and one the
 * normalizer cannot read (it returns null: no id, no instant) is left out and counted, never failing the
 * list. An id seen before is kept once (the first copy wins: callers order their sources), only
 * conversations that started inside the range's exact instants are kept, and the newest come first.
 */
export function readConversations<Item>(
  items: Iterable<Item>,
  normalize: (item: Item) => Conversation | null,
  range: { start: number; end: number },
): VendorList {
  const byId = new Map<string, Conversation>();
  let unreadable = 0;
  for (const item of items) {
    const conversation = normalize(item);
    if (conversation === null) {
      unreadable += 1;
      continue;
    }
    if (byId.has(conversation.id)) continue;
    if (conversation.startedAt < range.start || conversation.startedAt > range.end) continue;
    byId.set(conversation.id, conversation);
  }
  const conversations = [...byId.values()].sort((a, b) => b.startedAt - a.startedAt);
  return { conversations, unreadable };
}

/**
 * `normalize` remembering each item's row: a list that hears its rows page by page (to show them before
 * it is whole) normalizes each item once, and the whole list is then made of the rows already heard.
 */
export function normalizingOnce<Item>(
  normalize: (item: Item) => Conversation | null,
): (item: Item) => Conversation | null {
  const rows = new Map<Item, Conversation | null>();
  return (item) => {
    let row = rows.get(item);
    if (row === undefined) rows.set(item, (row = normalize(item)));
    return row;
  };
}

/**
 * What a list that reads its items page by page calls with each page: `onRows` hears the page's rows in
 * `range`, normalized by `normalize` (one of `normalizingOnce`, so the list reuses them). Nothing when no
 * one listens.
 */
export function hearPages<Item>(
  onRows: ((rows: ReadonlyArray<Conversation>) => void) | undefined,
  normalize: (item: Item) => Conversation | null,
  range: { start: number; end: number },
): (items: Iterable<Item>) => void {
  return (items) => {
    if (onRows) onRows(readConversations(items, normalize, range).conversations);
  };
}
