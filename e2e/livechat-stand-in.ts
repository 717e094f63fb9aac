import { createServer, type RequestListener } from 'node:http';
import { noonUtc } from './days';
import { answeringAfter, listenOnLoopback, type AnswerDelay } from './loopback';

/**
 * A LiveChat stand-in written from LiveChat's REST API v2 page (GET /chats: Basic login:key,
 * `date_from`/`date_to` as YYYY-MM-DD, 25 chats a page, `total` and `pages`), not from the project's MSW
 * emulation: what the app does against a vendor it was not built beside. Each account (login and key)
 * has its own chats, `perDay` of them at noon UTC on each of the last `days` days, its visitors named
 * `<visitor> <n>`. Every request is kept, with the key it carried.
 */
export type StandInAccount = { login: string; key: string; perDay: number; days: number; visitor: string };
export type StandInRequest = { key: string; dateFrom: string | null; dateTo: string | null; page: number };

const PAGE_SIZE = 25;

export type LiveChatStandIn = AnswerDelay & {
  baseUrl: string;
  requests: StandInRequest[];
  close: () => Promise<void>;
};

export async function startLiveChatStandIn(
  accounts: ReadonlyArray<StandInAccount>,
): Promise<LiveChatStandIn> {
  const requests: StandInRequest[] = [];
  const handle: RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const [login, key] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64')
      .toString()
      .split(':');
    const account = accounts.find((candidate) => candidate.login === login && candidate.key === key);
    res.setHeader('content-type', 'application/json');
    if (url.pathname !== '/chats' || req.headers['x-api-version'] !== '2') {
      res.statusCode = 404;
      res.end('{"error":"Not found"}');
      return;
    }
    if (!account) {
      res.statusCode = 401;
      res.end('{"error":"Authorization failed"}');
      return;
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    const dateFrom = url.searchParams.get('date_from');
    const dateTo = url.searchParams.get('date_to');
    requests.push({ key: account.key, dateFrom, dateTo, page });
    const chats = chatsOf(account).filter((chat) => {
      const day = new Date(chat.started_timestamp * 1000).toISOString().slice(0, 10);
      return (dateFrom === null || day >= dateFrom) && (dateTo === null || day <= dateTo);
    });
    res.end(
      JSON.stringify({
        chats: chats.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
        total: chats.length,
        pages: Math.ceil(chats.length / PAGE_SIZE),
      }),
    );
  };
  // The object returned: a test may slow the answers down at any time through its `answerAfterMs`.
  const standIn = { requests, answerAfterMs: 0 };
  const server = createServer(answeringAfter(standIn, handle));
  return Object.assign(standIn, await listenOnLoopback(server));
}

/** The account's chats, newest first, as LiveChat lists them. */
function chatsOf(account: StandInAccount) {
  const chats = [];
  for (let day = 1; day <= account.days; day += 1) {
    for (let index = 0; index < account.perDay; index += 1) {
      const number = (day - 1) * account.perDay + index + 1;
      const started = noonUtc(day, index * 10) / 1000;
      const visitor = `${account.visitor} ${number}`;
      chats.push({
        type: 'chat',
        id: `${account.key.toUpperCase()}${String(number).padStart(6, '0')}`,
        visitor_name: visitor,
        visitor_id: `S${number}`,
        agents: [{ display_name: 'John Doe', email: 'john.doe@example.com' }],
        supervisors: [],
        rate: 'not_rated',
        duration: 300,
        started_timestamp: started,
        ended_timestamp: started + 300,
        prechat_survey: [{ key: 'E-mail:', value: `visitor${number}@example.org` }],
        messages: [
          {
            author_name: visitor,
            text: 'Hello, my parcel is late.',
            timestamp: started,
            user_type: 'visitor',
          },
          {
            author_name: 'John Doe',
            text: 'Let me check that for you.',
            timestamp: started + 60,
            user_type: 'agent',
            agent_id: 'john.doe@example.com',
          },
        ],
      });
    }
  }
  return chats;
}
