import { shiftDay, type DayRange } from '../../lib/date-range';
import { reportProgress } from '../../lib/progress-store';
import { vendorLabel } from '../../model/vendor-descriptors';
import { readConversations } from '../read-conversations';
import type { ListRequest, VendorList } from '../types';
import { collectLiveChatChats } from './collect-livechat-chats';
import { fetchLiveChatPage } from './fetch-livechat-page';
import { normalizeLiveChatChat } from './normalize-livechat';

/**
 * Every LiveChat chat that started in the range. The API filters whole days in the account's timezone,
 * which Backscroll does not know, so the days asked for are widened by one on each side and the exact
 * instants are checked here. Page progress goes to the progress store and is cleared however this ends.
 */
export async function listLiveChatConversations(
  request: ListRequest,
  signal?: AbortSignal,
): Promise<VendorList> {
  const { range, email } = request;
  const span = { from: shiftDay(range.from, -1), to: shiftDay(range.to, 1) };
  try {
    const { chats, cappedDays } = await collectLiveChatChats(
      span,
      (part, page) => fetchLiveChatPage(part, page, email, signal),
      (progress) => reportProgress('livechat', progress),
    );
    if (cappedDays.length > 0) {
      console.warn(
        `${vendorLabel('livechat')} served only its newest 25,000 chats for ${cappedDays.join(', ')}; older chats of those days are missing.`,
      );
    }
    return keepRange(chats, range);
  } finally {
    reportProgress('livechat', null);
  }
}

/** Normalized, once per id (a chat can move between pages while paging), inside the range, newest first. */
export function keepRange(chats: ReadonlyArray<unknown>, range: DayRange): VendorList {
  return readConversations(chats, normalizeLiveChatChat, range);
}
