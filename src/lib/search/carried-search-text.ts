import type { Conversation } from '../../model/conversation';
import { searchableText } from './searchable-text';

/**
 * The whole search text (searchable-text.ts) that goes with a row: on the page, with the list rows of a
 * cold load (lib/history/list-slice.ts), whose whole rows are still on their way to the device, where the
 * search worker would otherwise read it; in the history worker, with the whole rows, whose text is made
 * once for the page and for the device. Weakly held: a row dropped takes its text with it.
 */
const carried = new WeakMap<Conversation, string>();

export function carrySearchText(row: Conversation, text: string): void {
  carried.set(row, text);
}

/** The whole search text `row` came with, if any. */
export function carriedSearchText(row: Conversation): string | undefined {
  return carried.get(row);
}

/**
 * A whole row's search text, made once: the row keeps it, and the history worker hands the same text to
 * the page (lib/history/list-slice.ts) and to the device (lib/history/search-texts.ts) rather than joining
 * every message twice.
 */
export function searchTextOf(row: Conversation): string {
  let text = carriedSearchText(row);
  if (text === undefined) carrySearchText(row, (text = searchableText(row)));
  return text;
}
