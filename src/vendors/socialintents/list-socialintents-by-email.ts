import { ALL_TIME } from '../all-time';
import { readConversations } from '../read-conversations';
import type { VendorList } from '../types';
import { fetchSocialIntentsChats } from './fetch-socialintents-list';
import { SPECIFIC_FIRST } from './list-socialintents-conversations';
import { normalizeSocialIntentsChat } from './normalize-socialintents';

/**
 * The query of one list for a visitor's whole history: the documented `email` filter and no
 * `date_from`/`date_to` (docs/vendor-api/socialintents-rest-api.txt); `timezone` only says how
 * `startDate` is written, so the instants can be read back exactly.
 */
export function socialIntentsEmailParams(email: string, timeZone: string) {
  return { email, timezone: timeZone };
}

/**
 * Every Social Intents conversation of one visitor e-mail, over all time: the three lists asked by e-mail,
 * merged by id (the more specific list's copy wins, as in the list), newest first. Only rows whose visitor
 * e-mail is that address are kept, whatever the vendor's filter matched.
 */
export async function listSocialIntentsByEmail(
  email: string,
  timeZone: string,
  signal?: AbortSignal,
): Promise<VendorList> {
  const params = socialIntentsEmailParams(email, timeZone);
  const lists = await Promise.all(
    SPECIFIC_FIRST.map(async (list) => ({
      list,
      chats: await fetchSocialIntentsChats(list, params, signal),
    })),
  );
  const items = lists.flatMap(({ list, chats }) => chats.map((raw) => ({ list, raw })));
  const read = readConversations(
    items,
    ({ list, raw }) => normalizeSocialIntentsChat(raw, list, timeZone),
    ALL_TIME,
  );
  return { ...read, conversations: read.conversations.filter((row) => row.visitor.email === email) };
}
