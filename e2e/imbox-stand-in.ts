import { createServer, type RequestListener } from 'node:http';
import { noonUtc } from './days';
import { answeringAfter, listenOnLoopback, type AnswerDelay } from './loopback';

/**
 * An ImBox stand-in written from ImBox's Chat API page, not from the project's MSW emulation: the key and
 * user id as path segments, `listConversations` (ids by day), `chatStatistics` (a row per conversation,
 * duration in milliseconds) and the per-conversation calls, where alone the visitor is named (a type-0
 * visitor tag) and a site's card gives the e-mail ("E-mail: …"). `perDay` conversations at noon UTC on
 * each of the last `days` days; visitor n is "Casey n", casey<n>@example.org. Every request is kept.
 */
export type ImBoxStandIn = AnswerDelay & {
  baseUrl: string;
  requests: string[];
  close: () => Promise<void>;
};

export async function startImBoxStandIn(account: {
  key: string;
  user: string;
  perDay: number;
  days: number;
}): Promise<ImBoxStandIn> {
  const conversations = Array.from({ length: account.days * account.perDay }, (_, index) => {
    const number = index + 1;
    const day = Math.floor(index / account.perDay) + 1;
    const started = new Date(noonUtc(day, (index % account.perDay) * 10));
    return { id: `V${String(900_000 + number)}`, number, started: started.toISOString() };
  });
  const byId = new Map(conversations.map((conversation) => [conversation.id, conversation]));

  const requests: string[] = [];
  const handle: RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const [, message, call, key, user, ...rest] = url.pathname.split('/');
    res.setHeader('content-type', 'application/json');
    if (message !== 'message' || key !== account.key || user !== account.user) {
      res.statusCode = 401;
      res.end(JSON.stringify({ result: 'error', message: 'Invalid apiKey or userId' }));
      return;
    }
    requests.push(`${call ?? ''}${rest.length > 0 ? `/${rest.join('/')}` : ''}${url.search}`);
    const answer = (json: unknown[]): void => {
      res.end(JSON.stringify({ result: 'success', json, length: json.length }));
    };
    const conversation = byId.get(rest[0] ?? '');
    const created = conversation?.started ?? '';
    switch (call) {
      case 'listConversations': {
        const [fromDate = '', toDate = ''] = rest;
        return answer(
          conversations
            .filter(({ started }) => started.slice(0, 10) >= fromDate && started.slice(0, 10) <= toDate)
            .map(({ id, started }) => ({ sid: 1, conversationID: id, date: started })),
        );
      }
      case 'chatStatistics': {
        const startTime = url.searchParams.get('startTime') ?? '';
        const endTime = url.searchParams.get('endTime') ?? new Date().toISOString();
        return answer(
          conversations
            .filter(({ started }) => started >= startTime && started <= endTime)
            .map(({ id, started }) => ({
              channel: id,
              agentName: 'John Doe',
              agentEmail: 'john.doe@example.org',
              referral: 'Direct',
              searchEngine: '',
              exitPage: 'https://example.org/',
              browser: 'Chrome 50.0.0',
              os: 'OS X',
              city: 'Stockholm',
              country: 'Sweden',
              labels: [],
              tags: [],
              duration: 100_000,
              rating: 4,
              responseTime: 5000,
              startedAt: started,
            })),
        );
      }
      case 'grabAgents':
        return answer([{ agentID: 1, sid: 1, agentName: 'John Doe', agentEmail: 'john.doe@example.org' }]);
      case 'grabConversation':
        return answer(
          conversation
            ? [
                {
                  id: 1,
                  sid: 1,
                  conversationID: conversation.id,
                  from: conversation.id,
                  message: 'Where is my parcel?',
                  date: created,
                  agentID: 0,
                },
                {
                  id: 2,
                  sid: 1,
                  conversationID: conversation.id,
                  from: 'John',
                  message: 'Let me look.',
                  date: created,
                  agentID: 1,
                },
              ]
            : [],
        );
      case 'grabVisitorInfo':
        return answer(
          conversation
            ? [{ sid: 1, conversationID: conversation.id, user_city: 'Stockholm', user_country: 'Sweden' }]
            : [],
        );
      case 'grabVisitorTags':
        return answer(
          conversation
            ? [
                {
                  sid: 1,
                  conversationID: conversation.id,
                  createdDate: created,
                  tag: `Casey ${String(conversation.number)}`,
                  type: 0,
                },
              ]
            : [],
        );
      case 'grabVisitorLabels':
        return answer([]);
      case 'grabVisitorCards':
        return answer(
          conversation
            ? [
                {
                  dataID: '1',
                  data: `E-mail: casey${String(conversation.number)}@example.org`,
                  sid: 1,
                  conversationID: conversation.id,
                  createdDate: created,
                  updatedDate: created,
                },
              ]
            : [],
        );
      default:
        res.statusCode = 404;
        res.end(JSON.stringify({ result: 'error', message: 'Unknown call' }));
    }
  };
  // The object returned: a test may slow the answers down at any time through its `answerAfterMs`.
  const standIn = { requests, answerAfterMs: 0 };
  const server = createServer(answeringAfter(standIn, handle));
  return Object.assign(standIn, await listenOnLoopback(server));
}
