import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { demoFetcher } from '../../../server/demo/demo-fetcher';
import { createInbox } from '../../../server/inbox/inbox';
import { silentLogger } from '../../../server/log';
import { dayRange, shiftDay, today } from '../../lib/date-range';
import { isVendorError } from '../../lib/vendor-error';
import type { Conversation } from '../../model/conversation';
import { snapengageAdapter } from './adapter';
import { demoCredentials, type DemoOptions } from '../../../mocks/demo-config';
import { snapEngageDemoCases } from '../../../mocks/snapengage/snapengage-records';
import { createSnapEngageLogsHandlers } from '../../../mocks/snapengage/handlers';
import { seedDemoInbox } from '../../../mocks/snapengage/seed-inbox';

/**
 * The whole SnapEngage path as demo mode runs it: demo cases delivered through the real webhook, the
 * Logs API emulation behind the real proxy, and the browser adapter reading both through `fetch`.
 */
const options: DemoOptions = { size: 2000, now: Date.parse('2026-05-01T12:00:00Z') };
const cases = snapEngageDemoCases(options);

let dataDir: string;
let inbox: ReturnType<typeof createInbox>;
let app: ReturnType<typeof createApp>;
let delivered: number;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'backscroll-snapengage-'));
  const config = loadConfig({ BACKSCROLL_DEMO: '1', BACKSCROLL_DATA_DIR: dataDir });
  inbox = createInbox({ config, logger: silentLogger });
  app = createApp({
    config,
    fetcher: demoFetcher(createSnapEngageLogsHandlers(options)),
    logger: silentLogger,
    inbox: inbox.routes,
  });
  delivered = await seedDemoInbox(app, options);
});

afterAll(() => {
  inbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The browser's fetch, answered by the Hono app; `override` can stand in for a path first. */
function browserFetchThroughApp(override?: (url: string) => Response | null) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    return override?.(url) ?? app.request(url, init);
  });
}

async function listConversations(from: string, to: string, timeZone: string): Promise<Conversation[]> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const request = { range: dayRange(from, to, timeZone), email: null };
  return (await client.fetchQuery(snapengageAdapter.listQuery(request))).conversations;
}

const lastDay = today('UTC', options.now);

describe('demo seeding', () => {
  it('delivers the newer cases through the webhook, each answered 200', async () => {
    const expected = cases.filter((item) => item.inInbox);
    expect(delivered).toBe(expected.length);
    expect(delivered).toBeGreaterThan(cases.length * 0.7);
    const listed = await (await app.request('/api/inbox/snapengage/cases?limit=1')).json();
    expect(listed.total).toBe(expected.length);
  });
});

describe('the Logs API through the proxy', () => {
  const start = shiftDay(lastDay, -100);

  it('pages 100 at a time and follows linkToNextSetOfResults to the last page', async () => {
    const expected = cases.filter((item) => item.inLogs).map((item) => item.integration.id);
    const seen: string[] = [];
    let response = await app.request(`/api/proxy/snapengage/logs?start=${start}&end=${lastDay}&timezone=UTC`);
    let pages = 0;
    for (;;) {
      expect(response.status).toBe(200);
      const page = await response.json();
      pages++;
      expect(page.cases.length).toBeLessThanOrEqual(100);
      seen.push(...page.cases.map((item: { id: string }) => item.id));
      if (!page.linkToNextSetOfResults) break;
      expect(page.cases).toHaveLength(100);
      response = await app.request(
        `/api/proxy/snapengage/logs?start=${start}&end=${lastDay}&timezone=UTC&next=${encodeURIComponent(page.linkToNextSetOfResults)}`,
      );
    }
    expect(pages).toBe(Math.ceil(expected.length / 100));
    expect(seen).toEqual(expected);
  });

  it('refuses a next link that points anywhere but the Logs API', async () => {
    for (const next of [
      'https://evil.example/api/v2/demo-org/logs?offset=100',
      'https://www.snapengage.com/api/v2/other-org/logs',
      'not a url',
    ]) {
      const response = await app.request(
        `/api/proxy/snapengage/logs?start=${start}&end=${lastDay}&next=${encodeURIComponent(next)}`,
      );
      expect(response.status, next).toBe(400);
      expect((await response.json()).error.vendor).toBe('snapengage');
    }
  });

  it('answers wrong credentials with 401, which the proxy reports as an auth failure', async () => {
    const { orgId, widgetId } = demoCredentials.snapengage;
    const liveConfig = loadConfig({
      SNAPENGAGE_ORG_ID: orgId,
      SNAPENGAGE_API_TOKEN: 'not-the-token',
      SNAPENGAGE_WIDGET_ID: widgetId,
      BACKSCROLL_DATA_DIR: dataDir,
    });
    const fetcher = demoFetcher(createSnapEngageLogsHandlers(options));
    const direct = await fetcher(
      new Request(
        `https://www.snapengage.com/api/v2/${orgId}/logs?widgetId=${widgetId}&start=${start}&end=${lastDay}`,
      ),
    );
    expect(direct.status).toBe(401);
    expect(await direct.json()).toMatchObject({ status: 401 });
    const wrongApp = createApp({ config: liveConfig, fetcher, logger: silentLogger });
    const response = await wrongApp.request(`/api/proxy/snapengage/logs?start=${start}&end=${lastDay}`);
    expect(response.status).toBe(502);
    expect((await response.json()).error).toMatchObject({ code: 'auth', upstreamStatus: 401 });
  });
});

describe('snapengageAdapter.listQuery', () => {
  it('merges the inbox and the Logs API by id over the whole demo period', async () => {
    browserFetchThroughApp();
    const conversations = await listConversations(shiftDay(lastDay, -100), lastDay, 'UTC');
    const ids = conversations.map((conversation) => conversation.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(cases.map((item) => item.integration.id).sort());

    const byId = new Map(conversations.map((conversation) => [conversation.id, conversation]));
    const both = cases.filter((item) => item.inInbox && item.inLogs);
    expect(both.length).toBeGreaterThan(10);
    for (const item of both) {
      const conversation = byId.get(item.integration.id);
      // The survey score exists only in the Logs API copy; everything else is the webhook copy.
      expect(conversation?.rating?.score ?? null, item.integration.id).toBe(item.logs.survey_score);
      if (item.logs.survey_score !== null)
        expect(conversation?.raw).toEqual({ webhook: item.integration, logs: item.logs });
      else expect(conversation?.raw).toEqual(item.integration);
    }
    const logsOnly = cases.find((item) => !item.inInbox);
    expect(byId.get(logsOnly?.integration.id ?? '')?.raw).toEqual(logsOnly?.logs);
    const webhookOnly = cases.find((item) => item.inInbox && !item.inLogs && item.logs.survey_score !== null);
    expect(byId.get(webhookOnly?.integration.id ?? '')?.rating).toBeNull();
  });

  it('keeps only the cases that started within the range, in the viewer’s timezone', async () => {
    browserFetchThroughApp();
    const timeZone = 'America/Los_Angeles';
    const to = shiftDay(today(timeZone, options.now), -20);
    const from = shiftDay(to, -9);
    const range = dayRange(from, to, timeZone);
    const conversations = await listConversations(from, to, timeZone);
    const expected = cases
      .filter((item) => item.startedAt >= range.start && item.startedAt <= range.end)
      .map((item) => item.integration.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(conversations.map((conversation) => conversation.id).sort()).toEqual(expected.sort());
  });

  it('reads only the inbox when the server has no Logs API credentials', async () => {
    browserFetchThroughApp((url) =>
      url === '/api/vendors'
        ? Response.json({
            demo: false,
            vendors: [{ id: 'snapengage', label: 'SnapEngage', mode: 'live', capabilities: ['inbox'] }],
          })
        : url.startsWith('/api/proxy/snapengage/logs')
          ? new Response('should not be called', { status: 500 })
          : null,
    );
    const conversations = await listConversations(shiftDay(lastDay, -100), lastDay, 'UTC');
    expect(conversations).toHaveLength(delivered);
  });

  it('fails with the Logs API’s error rather than showing only the inbox’s half', async () => {
    browserFetchThroughApp((url) =>
      url.startsWith('/api/proxy/snapengage/logs')
        ? Response.json(
            {
              error: {
                vendor: 'snapengage',
                code: 'auth',
                message: 'SnapEngage refused Backscroll’s credentials.',
                upstreamStatus: 401,
                retryable: false,
              },
            },
            { status: 502 },
          )
        : null,
    );
    const failure = await listConversations(shiftDay(lastDay, -6), lastDay, 'UTC').catch(
      (error: unknown) => error,
    );
    expect(isVendorError(failure) && failure.code).toBe('auth');
  });

  it('stops paging when SnapEngage links back to a page it already sent', async () => {
    let calls = 0;
    browserFetchThroughApp((url) => {
      if (!url.startsWith('/api/proxy/snapengage/logs')) return null;
      calls++;
      // Two pages that link to each other, each with a case, as a broken or hostile vendor could send.
      const link = calls % 2 === 1 ? 'https://www.snapengage.com/p2' : 'https://www.snapengage.com/p1';
      return Response.json({ cases: [{ id: `loop-${calls}` }], linkToNextSetOfResults: link });
    });
    const failure = await listConversations(shiftDay(lastDay, -6), lastDay, 'UTC').catch(
      (error: unknown) => error,
    );
    expect(isVendorError(failure) && failure.code).toBe('paging_loop');
    expect(calls).toBeLessThan(10);
  });
});
