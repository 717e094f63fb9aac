import { http, HttpResponse, type PathParams, type RequestHandler } from 'msw';
import { demoCredentials, type DemoOptions } from '../demo-config';
import { imboxDemoData, type ImBoxDemoConversation, type ImBoxDemoData } from './imbox-records';
import { vendorDescriptors } from '../../src/model/vendor-descriptors';

/**
 * The documented default host (docs/vendor-api/imbox-chat-api.txt): every operation is `/message/{op}/...`.
 */
export const IMBOX_BASE_URL = vendorDescriptors.imbox.defaultBaseUrl;
const MESSAGE = `${IMBOX_BASE_URL}/message`;
const MAX_STATISTICS_MS = 365 * 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The ImBox Chat API, emulated over the demo scenarios. The API key and user id are path segments, checked
 * on every operation. ImBox's error shape is undocumented; this emulation answers errors with
 * `{"result":"error","message":"…"}`: 401 "Invalid API key" for wrong credentials, 400 for a bad request.
 */
export function createImBoxHandlers(options: DemoOptions): RequestHandler[] {
  const data = () => imboxDemoData(options);
  const perConversation = (operation: string, answer: (conversation: ImBoxDemoConversation) => Response) =>
    http.get(`${MESSAGE}/${operation}/:apiKey/:userId/:conversationId`, ({ params }) =>
      guarded(params, () => {
        const conversation = data().byId.get(text(params['conversationId']));
        // An unknown id is not an error to ImBox's list-style answers: just nothing.
        return conversation ? answer(conversation) : success([], true);
      }),
    );

  return [
    http.get(`${MESSAGE}/listConversations/:apiKey/:userId/:fromDate/:toDate`, ({ params, request }) =>
      guarded(params, () => listConversations(data(), params, new URL(request.url))),
    ),
    http.get(`${MESSAGE}/chatStatistics/:apiKey/:userId`, ({ params, request }) =>
      guarded(params, () => chatStatistics(data(), new URL(request.url), options.now)),
    ),
    http.get(`${MESSAGE}/grabAgents/:apiKey/:userId`, ({ params }) =>
      guarded(params, () => success(data().agents, true)),
    ),
    http.get(`${MESSAGE}/grabAgent/:apiKey/:userId/:agentId`, ({ params }) =>
      guarded(params, () =>
        success(
          data().agents.filter((agent) => String(agent.agentID) === text(params['agentId'])),
          false,
        ),
      ),
    ),
    http.get(`${MESSAGE}/pageFilters/:apiKey/:userId`, ({ params }) =>
      guarded(params, () => success(data().pageFilters, true)),
    ),
    // `length` appears only where the docs show it.
    perConversation('grabConversation', (conversation) => success(conversation.messages, true)),
    perConversation('grabVisitorInfo', (conversation) => success([conversation.visitorInfo], false)),
    perConversation('grabVisitorTags', (conversation) => success(conversation.tags, true)),
    perConversation('grabVisitorLabels', (conversation) => success(conversation.labels, false)),
    perConversation('grabVisitorCards', (conversation) => success(conversation.cards, false)),
  ];
}

function listConversations(data: ImBoxDemoData, params: PathParams, url: URL): Response {
  const fromDate = text(params['fromDate']);
  const toDate = text(params['toDate']);
  if (!DAY.test(fromDate) || !DAY.test(toDate)) return failure(400, 'fromDate and toDate must be YYYY-MM-DD');
  const matchesPage = pageFilter(data, url.searchParams.getAll('pageFilterId'));
  const listed = data.conversations
    .filter((conversation) => {
      // The emulated account's days are UTC days.
      const day = conversation.listed.date.slice(0, 10);
      return day >= fromDate && day <= toDate && matchesPage(conversation);
    })
    .map((conversation) => conversation.listed);
  return success(listed, true);
}

function chatStatistics(data: ImBoxDemoData, url: URL, now: number): Response {
  const query = url.searchParams;
  const startTime = query.get('startTime');
  if (startTime === null) return failure(400, 'startTime is required');
  const start = Date.parse(startTime);
  const endTime = query.get('endTime');
  const end = endTime === null ? now : Date.parse(endTime);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    return failure(400, 'startTime and endTime must be like 2020-01-01T00:00:00.000Z');
  }
  if (end < start) return failure(400, 'endTime is before startTime');
  if (end - start > MAX_STATISTICS_MS)
    return failure(400, 'The timespan can be at most 365 days per request');

  const channels = [...query.getAll('channel'), ...query.getAll('channels')];
  const agentIds = [...query.getAll('agentId'), ...query.getAll('agentIds')];
  const matchesPage = pageFilter(data, query.getAll('pageFilterId'));
  const rows = data.conversations
    .filter(
      (conversation) =>
        conversation.scenario.startedAt >= start &&
        conversation.scenario.startedAt <= end &&
        (channels.length === 0 || channels.includes(conversation.id)) &&
        matchesPage(conversation),
    )
    .flatMap((conversation) => conversation.statistics)
    .filter(
      (row) => agentIds.length === 0 || (row.agentId !== null && agentIds.includes(String(row.agentId))),
    )
    .map((row) => row.record);
  return success(rows, true);
}

/** pageFilterId: keep conversations whose page matches any of the named filters ("like" = contains). */
function pageFilter(
  data: ImBoxDemoData,
  ids: ReadonlyArray<string>,
): (conversation: ImBoxDemoConversation) => boolean {
  if (ids.length === 0) return () => true;
  const filters = data.pageFilters.filter((filter) => ids.includes(String(filter.id)));
  return (conversation) =>
    filters.some((filter) => conversation.scenario.visitor.pageUrl.includes(filter.searchFilter));
}

function guarded(params: PathParams, answer: () => Response): Response {
  const { apiKey, userId } = demoCredentials.imbox;
  if (text(params['apiKey']) !== apiKey || text(params['userId']) !== userId)
    return failure(401, 'Invalid API key');
  return answer();
}

function success(json: ReadonlyArray<unknown>, withLength: boolean): Response {
  return HttpResponse.json(
    withLength ? { result: 'success', json, length: json.length } : { result: 'success', json },
  );
}

function failure(status: 400 | 401, message: string): Response {
  return HttpResponse.json({ result: 'error', message }, { status });
}

function text(value: string | ReadonlyArray<string> | undefined): string {
  return typeof value === 'string' ? value : '';
}
