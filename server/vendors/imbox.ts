import type { ImBoxConfig } from '../config';
import {
  allowParams,
  DAY,
  notFound,
  SAFE_SEGMENT,
  upstreamUrl,
  type RouteResult,
  type UpstreamVendor,
} from './upstream';

/**
 * docs: vendor-docs/imbox-chat-api.txt. ImBox takes the API key and user id as path segments, so the
 * browser names only the operation and the proxy builds `/message/{op}/{apiKey}/{userId}/...`. Log lines
 * that could contain such a URL are redacted by the logger (server/log.ts).
 */
const PER_CONVERSATION = [
  'grabConversation',
  'grabVisitorInfo',
  'grabVisitorTags',
  'grabVisitorLabels',
  'grabVisitorCards',
];
const STATISTICS_PARAMS = [
  'startTime',
  'endTime',
  'agentId',
  'agentIds',
  'channel',
  'channels',
  'timezone',
  'pageFilterId',
];
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function imboxUpstream(config: ImBoxConfig): UpstreamVendor {
  const label = 'ImBox';
  const credentials = `${encodeURIComponent(config.apiKey)}/${encodeURIComponent(config.userId)}`;
  const build = (path: string, params?: URLSearchParams): RouteResult => ({
    ok: true,
    request: {
      url: upstreamUrl(config.baseUrl, `message/${path}`, params),
      headers: { accept: 'application/json' },
    },
  });
  const bad = (message: string): RouteResult => ({ ok: false, status: 400, message: `${label}: ${message}` });

  return {
    id: 'imbox',
    label,
    credentialHint: 'IMBOX_API_KEY and IMBOX_USER_ID',
    resolve(path, query) {
      const [operation, argument, ...rest] = path.split('/');
      if (rest.length > 0 || !operation) return notFound(label, path);

      if (operation === 'listConversations' && argument === undefined) {
        const allowed = allowParams(label, query, ['fromDate', 'toDate', 'pageFilterId']);
        if (!allowed.ok) return allowed;
        const fromDate = allowed.params.get('fromDate');
        const toDate = allowed.params.get('toDate');
        if (!fromDate || !DAY.test(fromDate) || !toDate || !DAY.test(toDate)) {
          return bad('listConversations needs fromDate and toDate as YYYY-MM-DD.');
        }
        allowed.params.delete('fromDate');
        allowed.params.delete('toDate');
        return build(`listConversations/${credentials}/${fromDate}/${toDate}`, allowed.params);
      }
      if (operation === 'chatStatistics' && argument === undefined) {
        const allowed = allowParams(label, query, STATISTICS_PARAMS);
        if (!allowed.ok) return allowed;
        for (const name of ['startTime', 'endTime']) {
          const value = allowed.params.get(name);
          if (value !== null && !ISO_INSTANT.test(value))
            return bad(`${name} must be like 2020-01-01T00:00:00.000Z.`);
        }
        if (!allowed.params.get('startTime')) return bad('chatStatistics needs startTime.');
        return build(`chatStatistics/${credentials}`, allowed.params);
      }
      if (operation === 'grabAgents' && argument === undefined) {
        const allowed = allowParams(label, query, []);
        if (!allowed.ok) return allowed;
        return build(`grabAgents/${credentials}`);
      }
      if (PER_CONVERSATION.includes(operation) && argument !== undefined) {
        if (!SAFE_SEGMENT.test(argument)) return bad(`"${argument}" is not a valid id.`);
        const allowed = allowParams(label, query, []);
        if (!allowed.ok) return allowed;
        return build(`${operation}/${credentials}/${argument}`);
      }
      return notFound(label, path);
    },
  };
}
