import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoShare } from '../../mocks/demo-config';
import { generateScenarios } from '../../mocks/generator/scenarios';
import { serveDemoProxy } from '../../mocks/testing/demo-proxy';
import type { VendorId } from '../model/conversation';
import liveChatSample from './livechat/__fixtures__/chats-sample.json';
import { listLiveChatByEmail } from './livechat/list-livechat-by-email';
import { adapters } from './registry';
import integrationCase from './snapengage/__fixtures__/integration-case.json';
import { listSnapEngageByEmail } from './snapengage/list-snapengage-by-email';
import socialIntentsSample from './socialintents/__fixtures__/chat-history-v1-sample.json';
import { listSocialIntentsByEmail } from './socialintents/list-socialintents-by-email';

/**
 * The visitor page asks each vendor that filters by e-mail for one visitor over all time: the documented
 * e-mail filter, never a date bound. Checked against the vendors' documented payloads (the fixtures) and
 * then over the whole live path into the emulations.
 */
afterEach(() => vi.unstubAllGlobals());

/** Answers each browser request with `answer(url)` and records what was asked. */
function stubFetch(answer: (url: URL) => unknown): URL[] {
  const asked: URL[] = [];
  vi.stubGlobal('fetch', async (input: string | URL | Request) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://backscroll.test');
    asked.push(url);
    return new Response(JSON.stringify(answer(url)), { headers: { 'content-type': 'application/json' } });
  });
  return asked;
}

const params = (url: URL) => Object.fromEntries(url.searchParams);

describe('the unbounded e-mail queries, against the documented payloads', () => {
  it('Social Intents: the three lists by `email` and `timezone`, no date_from or date_to', async () => {
    const asked = stubFetch(() => socialIntentsSample);
    const found = await listSocialIntentsByEmail('tom.sandler@gmail.com', 'Europe/Stockholm');
    expect(asked.map((url) => url.pathname).sort()).toEqual([
      '/api/proxy/socialintents/chats',
      '/api/proxy/socialintents/missedchats',
      '/api/proxy/socialintents/offlinemessages',
    ]);
    for (const url of asked)
      expect(params(url)).toEqual({ email: 'tom.sandler@gmail.com', timezone: 'Europe/Stockholm' });
    // The same chat in all three lists is one conversation.
    expect(found.conversations.map((row) => row.visitor.email)).toEqual(['tom.sandler@gmail.com']);
  });

  it('Social Intents: a chat of another visitor that the vendor sent anyway is not theirs', async () => {
    stubFetch(() => socialIntentsSample);
    const found = await listSocialIntentsByEmail('someone.else@example.org', 'UTC');
    expect(found.conversations).toEqual([]);
  });

  it('LiveChat: `query` and every page, no date_from or date_to; a chat merely mentioning the address is dropped', async () => {
    const [sample] = liveChatSample.chats;
    const withEmail = (id: string, email: string) => ({
      ...sample,
      id,
      prechat_survey: [{ key: 'E-mail:', value: email, id: '1' }],
    });
    const asked = stubFetch((url) =>
      url.searchParams.get('page') === '1'
        ? { chats: [withEmail('A1', 'Zoe.Muller@example.org')], total: 26, pages: 2 }
        : { chats: [withEmail('A2', 'other@example.org')], total: 26, pages: 2 },
    );
    const found = await listLiveChatByEmail('zoe.muller@example.org');
    expect(asked.map((url) => url.pathname)).toEqual([
      '/api/proxy/livechat/chats',
      '/api/proxy/livechat/chats',
    ]);
    expect(asked.map(params)).toEqual([
      { query: 'zoe.muller@example.org', page: '1' },
      { query: 'zoe.muller@example.org', page: '2' },
    ]);
    expect(found.conversations.map((row) => row.id)).toEqual(['A1']);
  });

  it("SnapEngage: Backscroll's inbox by `email`, following the cursor, no from or to", async () => {
    const asked = stubFetch((url) =>
      url.searchParams.get('cursor') === null
        ? { cases: [integrationCase], next: 'page-2', total: 2 }
        : { cases: [{ ...integrationCase, id: 'second-case' }], next: null, total: 2 },
    );
    const found = await listSnapEngageByEmail('test@test.com');
    expect(asked.map((url) => url.pathname)).toEqual([
      '/api/inbox/snapengage/cases',
      '/api/inbox/snapengage/cases',
    ]);
    expect(asked.map(params)).toEqual([
      { email: 'test@test.com', limit: '1000' },
      { email: 'test@test.com', limit: '1000', cursor: 'page-2' },
    ]);
    expect(found.conversations.map((row) => row.id).sort()).toEqual(
      [integrationCase.id, 'second-case'].sort(),
    );
  });

  it('ImBox offers no e-mail query: its visitors are found only through held details', () => {
    expect(adapters.imbox.visitorEmailQuery).toBeUndefined();
  });
});

describe('the unbounded e-mail queries through the proxy and the emulations', () => {
  const options = { size: 3000, now: Date.parse('2026-11-21T12:00:00Z') };
  const email = 'zoe.muller@example.org';
  const thirtyDaysAgo = options.now - 30 * 86_400_000;

  // SnapEngage's inbox filter is tested with the inbox itself (server/inbox/case-routes.test.ts).
  it.each<VendorId>(['socialintents', 'livechat'])(
    '%s finds every conversation of a returning visitor, older than the list range too',
    async (vendor) => {
      serveDemoProxy({ demo: options });
      const query = adapters[vendor].visitorEmailQuery?.(email, 'Europe/Stockholm');
      if (!query) throw new Error(`${vendor} has no e-mail query`);
      const found = await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(
        query,
      );
      const rows = found.conversations;
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(rows.every((row) => row.visitor.email === email)).toBe(true);
      expect(rows.some((row) => row.startedAt < thirtyDaysAgo)).toBe(true);
      if (vendor === 'socialintents') {
        const scenarios = generateScenarios({
          vendor,
          count: Math.round(options.size * demoShare[vendor]),
          now: options.now,
        }).filter((scenario) => scenario.visitor.email?.toLowerCase() === email);
        expect(rows.map((row) => row.startedAt).sort()).toEqual(scenarios.map((s) => s.startedAt).sort());
      }
    },
  );
});
