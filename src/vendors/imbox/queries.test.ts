import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayRange } from '../../lib/date-range';
import { isVendorError } from '../../lib/vendor-error';
import { makeConversation } from '../../testing/make-conversation';
import { vendorKeys } from '../types';
import agentsSample from './__fixtures__/grab-agents.json';
import statisticsSample from './__fixtures__/chat-statistics.json';
import conversationSample from './__fixtures__/grab-conversation.json';
import cardsSample from './__fixtures__/grab-visitor-cards.json';
import infoSample from './__fixtures__/grab-visitor-info.json';
import labelsSample from './__fixtures__/grab-visitor-labels.json';
import tagsSample from './__fixtures__/grab-visitor-tags.json';
import { imboxAdapter } from './adapter';
import { listImBoxConversations } from './list-imbox-conversations';

const empty = { result: 'success', json: [], length: 0 };

/** Answers `/api/proxy/imbox/{operation}` like the proxy would pass ImBox's bodies through; records each URL. */
function stubProxy(answers: Record<string, () => Response>): URL[] {
  const requested: URL[] = [];
  vi.stubGlobal('fetch', async (input: string | URL | Request) => {
    const url = new URL(String(input), 'http://backscroll.test');
    requested.push(url);
    const operation = url.pathname.replace('/api/proxy/imbox/', '').split('/')[0] ?? '';
    return (answers[operation] ?? (() => Response.json(empty)))();
  });
  return requested;
}

const transcriptAnswers = {
  grabConversation: () => Response.json(conversationSample),
  grabVisitorInfo: () => Response.json(infoSample),
  grabVisitorTags: () => Response.json(tagsSample),
  grabVisitorLabels: () => Response.json(labelsSample),
  grabVisitorCards: () => Response.json(cardsSample),
  grabAgents: () => Response.json(agentsSample),
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the ImBox list query', () => {
  it('fills a month with one chatStatistics and one listConversations request', async () => {
    const requested = stubProxy({});
    const range = dayRange('2026-03-01', '2026-03-30', 'America/New_York');
    await listImBoxConversations(range);
    expect(requested.map((url) => url.pathname).sort()).toEqual([
      '/api/proxy/imbox/chatStatistics',
      '/api/proxy/imbox/listConversations',
    ]);
    const statistics = requested.find((url) => url.pathname.endsWith('chatStatistics'));
    expect(statistics?.searchParams.get('startTime')).toBe(new Date(range.start).toISOString());
    expect(statistics?.searchParams.get('endTime')).toBe(new Date(range.end).toISOString());
    const list = requested.find((url) => url.pathname.endsWith('listConversations'));
    // 1 March 00:00 in New York is 1 March UTC; 30 March 23:59 there is 31 March UTC; a day more each side.
    expect([list?.searchParams.get('fromDate'), list?.searchParams.get('toDate')]).toEqual([
      '2026-02-28',
      '2026-04-01',
    ]);
  });

  it('leaves out and counts a row without a conversation id, and reads the rest', async () => {
    stubProxy({
      chatStatistics: () =>
        Response.json({ ...statisticsSample, json: [...statisticsSample.json, { agentName: 'No Id' }] }),
    });
    const list = await listImBoxConversations(dayRange('2020-01-01', '2020-01-02', 'UTC'));
    expect(list.conversations.map((conversation) => conversation.id).sort()).toEqual(
      [...new Set(statisticsSample.json.map((row) => row.channel))].sort(),
    );
    expect(list.unreadable).toBe(1);
  });

  it('asks for a 400-day range in two statistics windows of at most 365 days', async () => {
    const requested = stubProxy({});
    await listImBoxConversations(dayRange('2025-01-01', '2026-02-04', 'UTC'));
    const statistics = requested.filter((url) => url.pathname.endsWith('chatStatistics'));
    expect(statistics).toHaveLength(2);
    for (const url of statistics) {
      const span =
        Date.parse(url.searchParams.get('endTime') ?? '') -
        Date.parse(url.searchParams.get('startTime') ?? '');
      expect(span).toBeLessThanOrEqual(365 * 86_400_000);
    }
    expect(requested.filter((url) => url.pathname.endsWith('listConversations'))).toHaveLength(2);
  });

  it('refuses an answer whose result is not "success", even with HTTP 200', async () => {
    stubProxy({ chatStatistics: () => Response.json({ result: 'error', message: 'Too many days' }) });
    const failure = await listImBoxConversations(dayRange('2026-03-01', '2026-03-02', 'UTC')).catch(
      (error: unknown) => error,
    );
    expect(isVendorError(failure) && failure.code).toBe('upstream_rejected');
    expect(isVendorError(failure) && failure.message).toContain('Too many days');
  });

  it('shares one cached list between e-mail searches, which ImBox cannot filter by', () => {
    const range = dayRange('2026-03-01', '2026-03-02', 'UTC');
    const plain = imboxAdapter.listQuery({ range, email: null });
    const searched = imboxAdapter.listQuery({ range, email: 'mary@example.org' });
    expect(searched.queryKey).toEqual(plain.queryKey);
    expect(plain.queryKey).toEqual(vendorKeys.list('imbox', { range, email: null }));
  });
});

describe('the ImBox transcript query', () => {
  const conversation = makeConversation({ vendor: 'imbox', id: 'V1', messages: null });

  it('fetches the six per-conversation answers and keys the result by conversation', async () => {
    const requested = stubProxy(transcriptAnswers);
    const client = new QueryClient();
    const query = imboxAdapter.transcriptQuery?.(conversation);
    expect(query?.queryKey).toEqual(vendorKeys.transcript('imbox', 'V1'));
    const detail = await client.fetchQuery({ queryKey: query?.queryKey ?? [], queryFn: query?.queryFn });
    // The vendor's requests (the transcript also asks /api/vendors which account's history it belongs to).
    const vendorPaths = requested
      .map((url) => url.pathname)
      .filter((path) => path.startsWith('/api/proxy/imbox/'));
    expect(vendorPaths.sort()).toEqual([
      '/api/proxy/imbox/grabAgents',
      '/api/proxy/imbox/grabConversation/V1',
      '/api/proxy/imbox/grabVisitorCards/V1',
      '/api/proxy/imbox/grabVisitorInfo/V1',
      '/api/proxy/imbox/grabVisitorLabels/V1',
      '/api/proxy/imbox/grabVisitorTags/V1',
    ]);
    expect(detail.messages).toHaveLength(4);
    expect(detail.visitor.name).toBe('John Doe');
  });

  it('asks for the agents once for many transcripts', async () => {
    const requested = stubProxy(transcriptAnswers);
    const client = new QueryClient();
    for (const id of ['V1', 'V2', 'V3']) {
      const query = imboxAdapter.transcriptQuery?.(makeConversation({ vendor: 'imbox', id, messages: null }));
      await client.fetchQuery({ queryKey: query?.queryKey ?? [], queryFn: query?.queryFn });
    }
    expect(requested.filter((url) => url.pathname === '/api/proxy/imbox/grabAgents')).toHaveLength(1);
  });

  it('still shows the transcript when the agent list fails, naming agents as ImBox did', async () => {
    stubProxy({ ...transcriptAnswers, grabAgents: () => new Response('{}', { status: 502 }) });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const query = imboxAdapter.transcriptQuery?.(conversation);
    const detail = await client.fetchQuery({ queryKey: query?.queryKey ?? [], queryFn: query?.queryFn });
    expect(detail.messages[0]?.authorName).toBe('John');
  });
});
