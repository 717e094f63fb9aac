import { fetchVendorJson } from '../../lib/proxy-client';
import type { DaySpan, LiveChatPage } from './collect-livechat-chats';
import { liveChatPageSchema } from './livechat-api';

/** One page of `GET /chats` through the proxy; a whole e-mail address is pushed down as `query`. */
export async function fetchLiveChatPage(
  span: DaySpan,
  page: number,
  email: string | null,
  signal?: AbortSignal,
): Promise<LiveChatPage> {
  const params = { date_from: span.from, date_to: span.to, page, query: email ?? undefined };
  const body = await fetchVendorJson('livechat', 'chats', params, liveChatPageSchema, signal);
  return { chats: body.chats ?? [], total: body.total ?? null, pages: body.pages ?? null };
}
