import type { DayRange } from '../../lib/date-range';
import { readConversations } from '../read-conversations';
import type { ListRequest, VendorList } from '../types';
import { fetchSocialIntentsList } from './fetch-socialintents-list';
import { normalizeSocialIntentsChat } from './normalize-socialintents';
import { socialIntentsLists, type SocialIntentsList } from './socialintents-api';

export type FetchedList = { list: SocialIntentsList; chats: ReadonlyArray<unknown> };

/** All three lists in parallel, merged: every conversation of the range once. */
export async function listSocialIntentsConversations(
  request: ListRequest,
  signal?: AbortSignal,
): Promise<VendorList> {
  const lists = await Promise.all(
    socialIntentsLists.map(async (list) => ({
      list,
      chats: await fetchSocialIntentsList(list, request, signal),
    })),
  );
  return mergeSocialIntentsLists(lists, request.range);
}

/**
 * A missed chat is in `/chats` and again in `/missedchats`: the more specific list is read first, so its
 * copy is the one kept (it knows the status even when `chatType` is absent). The vendor filtered whole
 * days; the exact instants of the range are checked here. Newest first.
 */
const SPECIFIC_FIRST: ReadonlyArray<SocialIntentsList> = ['offlinemessages', 'missedchats', 'chats'];

export function mergeSocialIntentsLists(lists: ReadonlyArray<FetchedList>, range: DayRange): VendorList {
  const ordered = [...lists].sort((a, b) => SPECIFIC_FIRST.indexOf(a.list) - SPECIFIC_FIRST.indexOf(b.list));
  const items = ordered.flatMap(({ list, chats }) => chats.map((raw) => ({ list, raw })));
  return readConversations(
    items,
    ({ list, raw }) => normalizeSocialIntentsChat(raw, list, range.timeZone),
    range,
  );
}
