import type { SocialIntentsConfig } from '../config';
import { allowParams, basicAuth, notFound, upstreamUrl, type UpstreamVendor } from './upstream';

/** docs: vendor-docs/socialintents-rest-api.txt — same filters on all three lists. */
const LISTS = ['chats', 'missedchats', 'offlinemessages'] as const;
const PARAMS = [
  'date_from',
  'date_to',
  'timezone',
  'app_id',
  'widget_id',
  'tag',
  'visitor_id',
  'email',
  'id',
];

export function socialIntentsUpstream(config: SocialIntentsConfig): UpstreamVendor {
  const label = 'Social Intents';
  return {
    id: 'socialintents',
    label,
    credentialHint: 'SOCIALINTENTS_ACCOUNT_ID and SOCIALINTENTS_API_TOKEN',
    resolve(path, query) {
      if (!(LISTS as ReadonlyArray<string>).includes(path)) return notFound(label, path);
      const allowed = allowParams(label, query, PARAMS);
      if (!allowed.ok) return allowed;
      return {
        ok: true,
        request: {
          url: upstreamUrl(config.baseUrl, path, allowed.params),
          headers: {
            authorization: basicAuth(config.accountId, config.apiToken),
            accept: 'application/json',
          },
        },
      };
    },
  };
}
