import type { LiveChatConfig } from '../config';
import { allowParams, basicAuth, notFound, upstreamUrl, type UpstreamVendor } from './upstream';

/** docs: vendor-docs/livechat-rest-v2-chats.txt (REST API v2, `X-API-Version: 2`, Basic login:key). */
const PARAMS = [
  'date_from',
  'date_to',
  'type',
  'page',
  'visitor_id',
  'query',
  'agent',
  'group',
  'goal',
  'has_goal',
  'rate',
];

export function liveChatUpstream(config: LiveChatConfig): UpstreamVendor {
  const label = 'LiveChat';
  return {
    id: 'livechat',
    label,
    credentialHint: 'LIVECHAT_LOGIN and LIVECHAT_API_KEY',
    resolve(path, query) {
      if (path !== 'chats') return notFound(label, path);
      const allowed = allowParams(label, query, PARAMS);
      if (!allowed.ok) return allowed;
      return {
        ok: true,
        request: {
          url: upstreamUrl(config.baseUrl, 'chats', allowed.params),
          headers: {
            authorization: basicAuth(config.login, config.apiKey),
            'x-api-version': '2',
            accept: 'application/json',
          },
        },
      };
    },
  };
}
