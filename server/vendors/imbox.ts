import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { ImBoxConfig } from '../config';
import { validParams, validQuery } from '../proxy/validate';
import { vendorProxy, type ProxyDeps } from '../proxy/vendor-proxy';
import { day, filterText, isoInstant, safeSegment, timeZone } from './query-fields';
import { searchParamsOf, upstreamUrl } from './upstream';

/**
 * ImBox, docs/vendor-api/imbox-chat-api.txt. ImBox takes the API key and user id as path segments, so the
 * browser names only the operation and the proxy builds `/message/{op}/{apiKey}/{userId}/...`. Log lines
 * that could contain such a URL are redacted by the logger (server/log.ts).
 */
const listConversationsQuery = z.strictObject({
  fromDate: day,
  toDate: day,
  pageFilterId: filterText.optional(),
});

const chatStatisticsQuery = z.strictObject({
  startTime: isoInstant,
  endTime: isoInstant.optional(),
  agentId: filterText.optional(),
  agentIds: filterText.optional(),
  channel: filterText.optional(),
  channels: filterText.optional(),
  timezone: timeZone.optional(),
  pageFilterId: filterText.optional(),
});

const noQuery = z.strictObject({});
const conversationParams = z.object({ id: safeSegment });

export function imboxRoutes(config: ImBoxConfig | null, deps: ProxyDeps): Hono {
  const send = vendorProxy('imbox', config, (c) => [c.apiKey, c.userId], deps);
  const call = (c: Context, path: (credentials: string) => string, params?: URLSearchParams) =>
    send(c, (imbox) => {
      const credentials = `${encodeURIComponent(imbox.apiKey)}/${encodeURIComponent(imbox.userId)}`;
      return {
        url: upstreamUrl(imbox.baseUrl, `message/${path(credentials)}`, params),
        headers: { accept: 'application/json' },
      };
    });
  const perConversation = (operation: string) => (c: Context, id: string) =>
    call(c, (credentials) => `${operation}/${credentials}/${id}`);
  const noParams = validQuery('imbox', noQuery);
  const conversation = validParams('imbox', conversationParams);

  return new Hono()
    .get('/listConversations', validQuery('imbox', listConversationsQuery), (c) => {
      const { fromDate, toDate, ...rest } = c.req.valid('query');
      return call(
        c,
        (credentials) => `listConversations/${credentials}/${fromDate}/${toDate}`,
        searchParamsOf(rest),
      );
    })
    .get('/chatStatistics', validQuery('imbox', chatStatisticsQuery), (c) =>
      call(c, (credentials) => `chatStatistics/${credentials}`, searchParamsOf(c.req.valid('query'))),
    )
    .get('/grabAgents', noParams, (c) => call(c, (credentials) => `grabAgents/${credentials}`))
    .get('/grabConversation/:id', conversation, noParams, (c) =>
      perConversation('grabConversation')(c, c.req.valid('param').id),
    )
    .get('/grabVisitorInfo/:id', conversation, noParams, (c) =>
      perConversation('grabVisitorInfo')(c, c.req.valid('param').id),
    )
    .get('/grabVisitorTags/:id', conversation, noParams, (c) =>
      perConversation('grabVisitorTags')(c, c.req.valid('param').id),
    )
    .get('/grabVisitorLabels/:id', conversation, noParams, (c) =>
      perConversation('grabVisitorLabels')(c, c.req.valid('param').id),
    )
    .get('/grabVisitorCards/:id', conversation, noParams, (c) =>
      perConversation('grabVisitorCards')(c, c.req.valid('param').id),
    );
}
