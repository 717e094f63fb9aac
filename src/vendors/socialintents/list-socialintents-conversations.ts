import { mapWithConcurrency } from '../../lib/concurrency';
import { dayChunks, type DayRange } from '../../lib/date-range';
import { readConversations } from '../read-conversations';
import type { ListRequest, VendorList } from '../types';
import { fetchSocialIntentsList } from './fetch-socialintents-list';
import { normalizeSocialIntentsChat } from './normalize-socialintents';
import { socialIntentsLists, type SocialIntentsList } from './socialintents-api';

export type FetchedList = { list: SocialIntentsList; chats: ReadonlyArray<unknown> };

/**
 * Social Intents documents no paging: one request answers a list's whole date range, messages included.
 * A busy quarter in one answer passes the proxy's size cap (BACKSCROLL_MAX_UPSTREAM_BYTES), so the
 * range is asked a week at a time, a few requests at once.
 */
export const SOCIALINTENTS_WINDOW_DAYS = 7;
const SOCIALINTENTS_CONCURRENCY = 3;

/** All three lists for every week of the range, merged: every conversation of the range once. */
export async function listSocialIntentsConversations(
  request: ListRequest,
  signal?: AbortSignal,
): Promise<VendorList> {
  const requests = dayChunks(request.range.from, request.range.to, SOCIALINTENTS_WINDOW_DAYS).flatMap(
    (window) =>
      socialIntentsLists.map((list) => ({
        list,
        request: { ...request, range: { ...request.range, from: window.start, to: window.end } },
      })),
  );
  const lists = await mapWithConcurrency(
    requests,
    SOCIALINTENTS_CONCURRENCY,
    async ({ list, request: asked }) => ({
      list,
      chats: await fetchSocialIntentsList(list, asked, signal),
    }),
  );
  return mergeSocialIntentsLists(lists, request.range);
}

/**
 * A missed chat is in `/chats` and again in `/missedchats`: the more specific list is read first, so its
 * copy is the one kept (it knows the status even when `chatType` is absent). The vendor filtered whole
 * days; the exact instants of the range are checked here. Newest first.
 */
export const SPECIFIC_FIRST: ReadonlyArray<SocialIntentsList> = ['offlinemessages', 'missedchats', 'chats'];

export function mergeSocialIntentsLists(lists: ReadonlyArray<FetchedList>, range: DayRange): VendorList {
  const ordered = [...lists].sort((a, b) => SPECIFIC_FIRST.indexOf(a.list) - SPECIFIC_FIRST.indexOf(b.list));
  const items = ordered.flatMap(({ list, chats }) => chats.map((raw) => ({ list, raw })));
  return readConversations(
    items,
    ({ list, raw }) => normalizeSocialIntentsChat(raw, list, range.timeZone),
    range,
  );
}
