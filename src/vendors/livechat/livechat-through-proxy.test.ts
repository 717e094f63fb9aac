import { messagesOf } from '../../testing/messages-of';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayRange, shiftDay, today } from '../../lib/date-range';
import { VendorError } from '../../lib/vendor-error';
import { livechatAdapter } from './adapter';
import type { ListRequest } from '../types';
import { demoShare } from '../../../mocks/demo-config';
import { generateScenarios } from '../../../mocks/generator/scenarios';
import { createDemoHandlers } from '../../../mocks/handlers';
import { LIVECHAT_BASE_URL } from '../../../mocks/livechat/handlers';
import { fetchList, serveDemoProxy } from '../../../mocks/testing/demo-proxy';

/**
 * The adapter over the whole live path: browser fetch -> proxy (routing, allowlist, credentials) ->
 * emulated LiveChat.
 */
const progressReports = vi.hoisted(() => [] as unknown[]);
vi.mock('../../lib/progress-store', () => ({
  reportProgress: (_vendor: string, value: unknown) => progressReports.push(value),
}));

const options = { size: 3000, now: Date.parse('2026-11-21T12:00:00Z') };
const scenarios = generateScenarios({
  vendor: 'livechat',
  count: Math.round(options.size * demoShare.livechat),
  now: options.now,
});

function serveProxy(
  handlers: RequestHandler[] = createDemoHandlers(options),
  env: Record<string, string> = { BACKSCROLL_DEMO: '1' },
) {
  return serveDemoProxy({ demo: options, handlers, env }).browserRequests;
}

function list(request: ListRequest) {
  return fetchList(livechatAdapter, request);
}

afterEach(() => {
  vi.unstubAllGlobals();
  progressReports.length = 0;
});

describe('LiveChat adapter through the proxy', () => {
  // Far from the account's New York, so the widened days and the exact-instant check both matter.
  const timeZone = 'Asia/Tokyo';
  const to = today(timeZone, options.now);
  const range = dayRange(shiftDay(to, -29), to, timeZone);
  const expected = scenarios.filter(
    (s) => s.status !== 'offline' && s.startedAt >= range.start && s.startedAt <= range.end,
  );

  it('pages through every chat of the range, each once, reporting progress', async () => {
    const requests = serveProxy();
    const conversations = await list({ range, email: null });
    expect(expected.length).toBeGreaterThan(100);
    expect(conversations).toHaveLength(expected.length);
    expect(new Set(conversations.map((c) => c.key)).size).toBe(conversations.length);
    const pages = requests.map((url) => Number(url.searchParams.get('page')));
    expect(pages.length).toBeGreaterThan(4);
    expect(new Set(pages).size).toBe(pages.length);
    expect(requests[0]?.searchParams.get('date_from')).toBe(shiftDay(range.from, -1));
    expect(requests[0]?.searchParams.get('date_to')).toBe(shiftDay(range.to, 1));
    expect(progressReports).toContainEqual({ done: pages.length, total: pages.length });
    expect(progressReports.at(-1)).toBeNull();
  });

  it('matches each demo scenario: start instant, status, e-mail, agents, supervisors, rating, messages', async () => {
    serveProxy();
    const byVisitor = new Map((await list({ range, email: null })).map((c) => [c.visitor.id, c]));
    for (const scenario of expected) {
      const conversation = byVisitor.get(scenario.visitor.id);
      expect(conversation, `scenario ${scenario.serial}`).toBeDefined();
      if (!conversation) continue;
      expect(conversation.startedAt).toBe(scenario.startedAt);
      expect(conversation.status).toBe(scenario.status);
      expect(conversation.visitor.email).toBe(scenario.visitor.email?.toLowerCase() ?? null);
      expect(conversation.agents.map((agent) => agent.email)).toEqual(
        scenario.agents.map((agent) => agent.email),
      );
      expect(conversation.supervisors.map((person) => person.name)).toEqual(
        scenario.supervisor ? [scenario.supervisor.name] : [],
      );
      const thumb =
        scenario.score === null || scenario.score === 3 ? null : scenario.score >= 4 ? 'good' : 'bad';
      expect(conversation.rating?.value ?? null).toBe(thumb);
      const said =
        messagesOf(conversation).filter((m) => m.event === null && m.attachments.length === 0) ?? [];
      expect(said.map((m) => [m.role, m.text])).toEqual(scenario.messages.map((m) => [m.role, m.text]));
    }
  });

  it('pushes a whole e-mail down as query', async () => {
    const requests = serveProxy();
    const target = expected.find((s) => s.visitor.email !== null && s.serial % 10 === 7);
    const email = target?.visitor.email?.toLowerCase();
    if (!email) throw new Error('the demo data should have a Facebook e-mail in range');
    const conversations = await list({ range, email });
    expect(requests.every((url) => url.searchParams.get('query') === email)).toBe(true);
    expect(conversations.map((c) => c.visitor.id)).toContain(target?.visitor.id);
    expect(conversations.every((c) => c.visitor.email === email)).toBe(true);
  });

  it('reports refused credentials as a VendorError with code auth, and clears progress', async () => {
    serveProxy(createDemoHandlers(options), {
      LIVECHAT_LOGIN: 'demo@backscroll.test',
      LIVECHAT_API_KEY: 'not-the-key',
    });
    const failure = list({ range, email: null });
    await expect(failure).rejects.toBeInstanceOf(VendorError);
    await expect(failure).rejects.toMatchObject({
      vendor: 'livechat',
      code: 'auth',
      upstreamStatus: 401,
      retryable: false,
    });
    expect(progressReports.at(-1)).toBeNull();
  });
});

describe('LiveChat adapter and the 25,000-chat cap, through the proxy', () => {
  /**
   * A LiveChat account with 400 chats a day: any query over more than 62 days is over the cap, and
   * then, like the real API, only its newest 25,000 chats can be paged through.
   */
  const perDay = 400;
  const noonUtc = (day: string) => Date.parse(`${day}T12:00:00Z`) / 1000;
  const busyLiveChat = http.get(`${LIVECHAT_BASE_URL}/chats`, ({ request }) => {
    const params = new URL(request.url).searchParams;
    const from = params.get('date_from') ?? '';
    const to = params.get('date_to') ?? '';
    const page = Number(params.get('page') ?? '1');
    const days: string[] = [];
    for (let day = to; day >= from; day = shiftDay(day, -1)) days.push(day);
    const total = days.length * perDay;
    const reachable = Math.min(total, 25_000);
    const chats = [];
    for (let index = (page - 1) * 25; index < Math.min(page * 25, reachable); index++) {
      const day = days[Math.floor(index / perDay)] as string;
      const n = index % perDay;
      chats.push({
        type: 'chat',
        id: `${day}-${n}`,
        started_timestamp: noonUtc(day) - n,
        agents: [{ display_name: 'A', email: 'a@x.test' }],
      });
    }
    return HttpResponse.json({ chats, total, pages: Math.ceil(reachable / 25) });
  });

  it('splits the range so that no chat beyond the cap is lost', async () => {
    const requests = serveProxy([busyLiveChat]);
    const range = dayRange('2026-01-01', '2026-03-31', 'UTC');
    const conversations = await list({ range, email: null });
    expect(conversations).toHaveLength(90 * perDay);
    expect(new Set(conversations.map((c) => c.id)).size).toBe(90 * perDay);
    const spanDays = (url: URL) =>
      (Date.parse(url.searchParams.get('date_to') ?? '') -
        Date.parse(url.searchParams.get('date_from') ?? '')) /
        86_400_000 +
      1;
    // Ranges over the cap are only probed (page 1); every page beyond belongs to a range under it.
    expect(
      requests
        .filter((url) => url.searchParams.get('page') !== '1')
        .every((url) => spanDays(url) * perDay <= 25_000),
    ).toBe(true);
    expect(requests.some((url) => spanDays(url) === 92)).toBe(true);
    // About 1,500 pages through the in-process proxy: on a busy machine this takes longer than 20 s.
  }, 60_000);
});
