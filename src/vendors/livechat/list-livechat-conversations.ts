import { shiftDay } from '../../lib/date-range';
import { reportProgress } from '../../lib/progress-store';
import type { Conversation } from '../../model/conversation';
import { vendorLabel } from '../../model/vendor-descriptors';
import { hearPages, normalizingOnce, readConversations } from '../read-conversations';
import type { ListRequest, VendorList } from '../types';
import { collectLiveChatChats } from './collect-livechat-chats';
import { fetchLiveChatPage } from './fetch-livechat-page';
import { normalizeLiveChatChat } from './normalize-livechat';

/**
 * Every LiveChat chat that started in the range. The API filters whole days in the account's timezone,
 * which Backscroll does not know, so the days asked for are widened by one on each side and the exact
 * instants are checked here. Page progress goes to the progress store and is cleared however this ends;
 * `onRows` hears each page's rows in the range as it arrives (a chat can move between pages while paging:
 * the list keeps it once, from the page that came first in the vendor's order).
 */
export async function listLiveChatConversations(
  request: ListRequest,
  signal?: AbortSignal,
  onRows?: (rows: ReadonlyArray<Conversation>) => void,
): Promise<VendorList> {
  const { range, email } = request;
  const span = { from: shiftDay(range.from, -1), to: shiftDay(range.to, 1) };
  // Each chat is normalized once, as its page arrives, and the list is made of those same rows.
  const normalize = normalizingOnce(normalizeLiveChatChat);
  try {
    const { chats, cappedDays } = await collectLiveChatChats(
      span,
      (part, page) => fetchLiveChatPage(part, page, email, signal),
      (progress) => reportProgress('livechat', progress),
      hearPages(onRows, normalize, range),
    );
    if (cappedDays.length > 0) {
      console.warn(
        `${vendorLabel('livechat')} served only its newest 25,000 chats for ${cappedDays.join(', ')}; older chats of those days are missing.`,
      );
    }
    return readConversations(chats, normalize, range);
  } finally {
    reportProgress('livechat', null);
  }
}
