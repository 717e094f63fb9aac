import { http, HttpResponse, type RequestHandler } from 'msw';
import { demoCredentials, type DemoOptions } from '../demo-config';
import { liveChatRecords, type LiveChatRecord } from './livechat-records';
import { queryLiveChatRecords } from './query-livechat-records';
import { vendorDescriptors } from '../../src/model/vendor-descriptors';

/**
 * LiveChat REST API v2 emulation, `GET {base}/chats` (docs:
 * docs/vendor-api/livechat-rest-v2-chats.txt, docs/vendor-api/NOTES.md): Basic login:api_key, `X-API-Version:
 * 2`, 25 chats a page from page 1, `total` and `pages` in every answer, newest first, and only the newest
 * 25,000 chats of a query reachable (`total` still counts them all).
 */
export const LIVECHAT_BASE_URL = vendorDescriptors.livechat.defaultBaseUrl;
const PAGE_SIZE = 25;
const RESULT_CAP = 25_000;

export function createLiveChatHandlers(options: DemoOptions): RequestHandler[] {
  // Paging asks the same query page after page: the last few queries' matches are kept.
  const recent = new Map<string, LiveChatRecord[]>();
  return [
    http.get(`${LIVECHAT_BASE_URL}/chats`, ({ request }) => {
      if (!isAuthorized(request))
        return HttpResponse.json({ error: 'Authorization failed' }, { status: 401 });
      if (request.headers.get('x-api-version') !== '2') {
        return HttpResponse.json({ error: 'This API needs the header X-API-Version: 2.' }, { status: 400 });
      }
      const params = new URL(request.url).searchParams;
      const pageText = params.get('page') ?? '1';
      const page = /^\d+$/.test(pageText) ? Number(pageText) : NaN;
      if (!Number.isInteger(page) || page < 1)
        return HttpResponse.json({ error: 'Invalid page, the first page is 1.' }, { status: 400 });
      params.delete('page');
      params.sort();
      const key = params.toString();
      let matches = recent.get(key);
      if (!matches) {
        const result = queryLiveChatRecords(liveChatRecords(options), params);
        if (!result.ok) return HttpResponse.json({ error: result.error }, { status: 400 });
        matches = result.records;
        if (recent.size >= 8) recent.clear();
        recent.set(key, matches);
      }
      const reachable = Math.min(matches.length, RESULT_CAP);
      const chats = matches
        .slice(Math.min((page - 1) * PAGE_SIZE, reachable), Math.min(page * PAGE_SIZE, reachable))
        .map((record) => record.payload());
      return HttpResponse.json({ chats, total: matches.length, pages: Math.ceil(reachable / PAGE_SIZE) });
    }),
  ];
}

function isAuthorized(request: Request): boolean {
  const { login, apiKey } = demoCredentials.livechat;
  const match = /^Basic\s+(.+)$/i.exec(request.headers.get('authorization') ?? '');
  if (!match?.[1]) return false;
  try {
    return atob(match[1]) === `${login}:${apiKey}`;
  } catch {
    return false;
  }
}
