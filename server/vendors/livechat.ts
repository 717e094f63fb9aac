import { Hono } from 'hono';
import { z } from 'zod';
import type { LiveChatConfig } from '../config';
import { validQuery } from '../proxy/validate';
import { vendorProxy, type ProxyDeps } from '../proxy/vendor-proxy';
import { basicAuth, searchParamsOf, upstreamUrl } from './upstream';
import { day, filterText, pageNumber } from './query-fields';

/** LiveChat REST API v2, docs/vendor-api/livechat-rest-v2-chats.txt: `X-API-Version: 2`, Basic login:key. */
const chatsQuery = z.strictObject({
  date_from: day.optional(),
  date_to: day.optional(),
  type: z.enum(['chat', 'missed_chat']).optional(),
  page: pageNumber.optional(),
  visitor_id: filterText.optional(),
  query: filterText.optional(),
  agent: filterText.optional(),
  group: filterText.optional(),
  goal: filterText.optional(),
  has_goal: filterText.optional(),
  rate: z.enum(['rated', 'not_rated', 'rated_good', 'rated_bad']).optional(),
});

export function liveChatRoutes(config: LiveChatConfig | null, deps: ProxyDeps): Hono {
  const send = vendorProxy('livechat', config, (c) => [c.apiKey], deps);
  return new Hono().get('/chats', validQuery('livechat', chatsQuery), (c) =>
    send(c, (lc) => ({
      url: upstreamUrl(lc.baseUrl, 'chats', searchParamsOf(c.req.valid('query'))),
      headers: {
        authorization: basicAuth(lc.login, lc.apiKey),
        'x-api-version': '2',
        accept: 'application/json',
      },
    })),
  );
}
