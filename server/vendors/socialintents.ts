import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { SocialIntentsConfig } from '../config';
import { validQuery } from '../proxy/validate';
import { vendorProxy, type ProxyDeps } from '../proxy/vendor-proxy';
import { basicAuth, searchParamsOf, upstreamUrl } from './upstream';
import { day, filterText, timeZone } from './query-fields';

/**
 * Social Intents, docs/vendor-api/socialintents-rest-api.txt: three lists with the same filters, Basic
 * `accountId:token`.
 */
const listQuery = z.strictObject({
  date_from: day.optional(),
  date_to: day.optional(),
  timezone: timeZone.optional(),
  app_id: filterText.optional(),
  widget_id: filterText.optional(),
  tag: filterText.optional(),
  visitor_id: filterText.optional(),
  email: filterText.optional(),
  id: filterText.optional(),
});

export function socialIntentsRoutes(config: SocialIntentsConfig | null, deps: ProxyDeps): Hono {
  const send = vendorProxy('socialintents', config, (c) => [c.apiToken], deps);
  const list = (c: Context, path: string, query: z.infer<typeof listQuery>) =>
    send(c, (si) => ({
      url: upstreamUrl(si.baseUrl, path, searchParamsOf(query)),
      headers: { authorization: basicAuth(si.accountId, si.apiToken), accept: 'application/json' },
    }));
  const validated = validQuery('socialintents', listQuery);
  return new Hono()
    .get('/chats', validated, (c) => list(c, 'chats', c.req.valid('query')))
    .get('/missedchats', validated, (c) => list(c, 'missedchats', c.req.valid('query')))
    .get('/offlinemessages', validated, (c) => list(c, 'offlinemessages', c.req.valid('query')));
}
