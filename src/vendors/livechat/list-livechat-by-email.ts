import { mapWithConcurrency } from '../../lib/concurrency';
import { fetchVendorJson } from '../../lib/proxy-client';
import { ALL_TIME } from '../all-time';
import { readConversations } from '../read-conversations';
import type { VendorList } from '../types';
import { LIVECHAT_PAGE_SIZE, LIVECHAT_RESULT_CAP } from './collect-livechat-chats';
import { liveChatPageSchema } from './livechat-api';
import { normalizeLiveChatChat } from './normalize-livechat';

const CONCURRENCY = 4;
const MAX_PAGES = LIVECHAT_RESULT_CAP / LIVECHAT_PAGE_SIZE;

/**
 * One page of a visitor's whole history: `query` (chats containing the address) and no
 * `date_from`/`date_to`, which default to "the beginning of time" and "today"
 * (docs/vendor-api/livechat-rest-v2-chats.txt).
 */
export function liveChatEmailParams(email: string, page: number) {
  return { query: email, page };
}

/**
 * Every LiveChat chat of one visitor e-mail over all time, every page (a few at a time), newest first.
 * `query` is a text search, so a chat that only mentions the address is dropped: the visitor's own
 * e-mail must be it.
 */
export async function listLiveChatByEmail(email: string, signal?: AbortSignal): Promise<VendorList> {
  const fetchPage = (page: number) =>
    fetchVendorJson('livechat', 'chats', liveChatEmailParams(email, page), liveChatPageSchema, signal);
  const first = await fetchPage(1);
  const fromTotal = first.total == null ? 1 : Math.ceil(first.total / LIVECHAT_PAGE_SIZE);
  const pages = Math.min(Math.max(first.pages ?? fromTotal, 1), MAX_PAGES);
  const rest = await mapWithConcurrency(
    Array.from({ length: pages - 1 }, (_, index) => index + 2),
    CONCURRENCY,
    async (page) => (await fetchPage(page)).chats ?? [],
  );
  const chats = [...(first.chats ?? []), ...rest.flat()];
  const read = readConversations(chats, normalizeLiveChatChat, ALL_TIME);
  return { ...read, conversations: read.conversations.filter((row) => row.visitor.email === email) };
}
