import { z } from 'zod';

/**
 * Search text typed but not yet in the link. The box writes its text into the link after a pause, and a
 * reload takes its address when it starts: without this, a reload within the pause loses what was typed.
 * So each keystroke notes the text in this tab's session storage beside the address it was typed at, and
 * the page that loads at that same address takes the text back. Written synchronously, so it is there
 * whenever the reload comes; removed as soon as the link carries the text.
 */
const STORAGE_KEY = 'backscroll.pending-search';

const pendingSearchSchema = z.object({
  /** The address (path and query) the text was typed at, before the text reached it. */
  at: z.string(),
  text: z.string(),
});

type Address = { pathname: string; search: string };

function addressOf(location: Address): string {
  return `${location.pathname}${location.search}`;
}

export function rememberPendingSearch(
  storage: Pick<Storage, 'setItem'> | undefined,
  location: Address,
  text: string,
): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ at: addressOf(location), text }));
  } catch {
    // Private mode or a full quota: only a reload within the pause loses the text, as before.
  }
}

export function forgetPendingSearch(storage: Pick<Storage, 'removeItem'> | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}

/**
 * The text typed at exactly this address and not yet written into it, else null. A note from another
 * address (the link changed since, by a filter, Back or another tab's history) is dropped.
 */
export function takePendingSearch(
  storage: Pick<Storage, 'getItem' | 'removeItem'> | undefined,
  location: Address,
): string | null {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    if (!stored) return null;
    const parsed = pendingSearchSchema.safeParse(JSON.parse(stored));
    if (parsed.success && parsed.data.at === addressOf(location)) return parsed.data.text;
  } catch {
    // Unreadable: treated as nothing pending.
  }
  forgetPendingSearch(storage);
  return null;
}
