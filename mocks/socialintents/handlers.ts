import { http, HttpResponse, type RequestHandler } from 'msw';
import { demoCredentials, type DemoOptions } from '../demo-config';
import {
  renderRecord,
  socialIntentsAppId,
  socialIntentsRecords,
  type SocialIntentsRecord,
} from './socialintents-records';
import { vendorDescriptors } from '../../src/model/vendor-descriptors';
import { dayBound } from '../day-bounds';

/**
 * Social Intents REST API emulation (docs/vendor-api/socialintents-rest-api.txt,
 * docs/vendor-api/socialintents-chat-history-v1.txt, docs/vendor-api/NOTES.md): `/chats` (answered and
 * missed), `/missedchats`, `/offlinemessages`, the same filters on each, no paging, the `{apiStatus, ...}`
 * envelope for answers and errors alike. Both documented hosts answer.
 */
const HOSTS = [vendorDescriptors.socialintents.defaultBaseUrl, 'https://api.socialintents.com/v1/api'];
const ACCOUNT_TIME_ZONE = 'America/New_York';

type ListName = 'chats' | 'missedchats' | 'offlinemessages';
const LIST_STATUSES: Record<ListName, ReadonlyArray<SocialIntentsRecord['scenario']['status']>> = {
  chats: ['answered', 'missed'],
  missedchats: ['missed'],
  offlinemessages: ['offline'],
};

export function createSocialIntentsHandlers(options: DemoOptions): RequestHandler[] {
  return HOSTS.flatMap((host) => [
    http.get(`${host}/ping`, () => HttpResponse.json({ statusCode: '200', status: 'PingSuccessful' })),
    ...(['chats', 'missedchats', 'offlinemessages'] as const).map((list) =>
      http.get(`${host}/${list}`, ({ request }) => answerList(list, request, options)),
    ),
  ]);
}

function answerList(list: ListName, request: Request, options: DemoOptions): Response {
  if (!isAuthorized(request)) return failure(401, 'Unauthorized: check your Account ID and REST API Token.');
  const params = new URL(request.url).searchParams;
  const timeZone = params.get('timezone') || ACCOUNT_TIME_ZONE;
  if (!isTimeZone(timeZone)) return failure(400, `Unknown timezone: ${timeZone}`);
  const from = dayBound(params.get('date_from'), timeZone, 'start');
  const to = dayBound(params.get('date_to'), timeZone, 'end');
  if (from === 'invalid' || to === 'invalid') return failure(400, 'Dates must be formatted yyyy-MM-dd.');

  const email = params.get('email')?.trim().toLowerCase();
  const id = params.get('id');
  const tag = params.get('tag');
  const visitorId = params.get('visitor_id');
  const appId = params.get('app_id') ?? params.get('widget_id');
  const statuses = LIST_STATUSES[list];

  const chats = socialIntentsRecords(options)
    .filter(({ scenario, id: recordId }) => {
      if (!statuses.includes(scenario.status)) return false;
      if (from !== null && scenario.startedAt < from) return false;
      if (to !== null && scenario.startedAt > to) return false;
      if (email && scenario.visitor.email?.toLowerCase() !== email) return false;
      if (id && recordId !== id) return false;
      if (tag && !scenario.tags.includes(tag)) return false;
      if (visitorId && scenario.visitor.id !== visitorId) return false;
      if (appId && appId !== socialIntentsAppId) return false;
      return true;
    })
    .map((record) => renderRecord(record, timeZone));
  return HttpResponse.json({ apiStatus: 'Success', apiStatusCode: '200', apiStatusMessage: '', chats });
}

/** Basic accountId:apiToken, or the token alone in X-SocialIntentsToken (rest-api doc, "Authentication"). */
function isAuthorized(request: Request): boolean {
  const expected = demoCredentials.socialintents;
  if (request.headers.get('x-socialintentstoken') === expected.apiToken) return true;
  const header = request.headers.get('authorization') ?? '';
  const match = /^Basic\s+(.+)$/i.exec(header);
  if (!match?.[1]) return false;
  try {
    return atob(match[1]) === `${expected.accountId}:${expected.apiToken}`;
  } catch {
    return false;
  }
}

function failure(status: 400 | 401, message: string): Response {
  return HttpResponse.json(
    { apiStatus: 'Error', apiStatusCode: String(status), apiStatusMessage: message },
    { status },
  );
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
