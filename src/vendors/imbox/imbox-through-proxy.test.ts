import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServerConfig } from '../../../server/config';
import { dayRange, shiftDay, today } from '../../lib/date-range';
import { isVendorError } from '../../lib/vendor-error';
import type { Conversation } from '../../model/conversation';
import { imboxAdapter } from './adapter';
import { serveDemoProxy } from '../../../mocks/testing/demo-proxy';
import {
  imboxConversationId,
  imboxScenarios,
  isLeftOutOfStatistics,
} from '../../../mocks/imbox/imbox-records';

/**
 * The adapter against the real proxy and the ImBox emulation, as in demo mode: the browser's `fetch` of
 * `/api/proxy/imbox/...` is answered by the Hono app, whose upstream "network" is the MSW handlers.
 */
const options = { size: 400, now: Date.parse('2026-11-21T12:00:00Z') };
const scenarios = imboxScenarios(options);

function startDemoProxy(adjust: (config: ServerConfig) => ServerConfig = (config) => config) {
  return serveDemoProxy({ demo: options, adjust });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function loadList(from: string, to: string, timeZone: string): Promise<Conversation[]> {
  const list = await new QueryClient().fetchQuery(
    imboxAdapter.listQuery({ range: dayRange(from, to, timeZone), email: null }),
  );
  return list.conversations;
}

const lastDay = today('UTC', options.now);
const firstDay = shiftDay(lastDay, -91);

describe('ImBox through the proxy and the emulation', () => {
  it('lists every demo conversation with its agent, tags, labels, rating and duration', async () => {
    startDemoProxy();
    const conversations = await loadList(firstDay, lastDay, 'UTC');
    expect(conversations).toHaveLength(scenarios.length);
    const byId = new Map(conversations.map((conversation) => [conversation.id, conversation]));
    for (const scenario of scenarios) {
      const conversation = byId.get(imboxConversationId(scenario));
      expect(conversation?.startedAt).toBe(scenario.startedAt);
      if (isLeftOutOfStatistics(scenario)) {
        // Only listConversations knows it: a row with what is known.
        expect(conversation).toMatchObject({
          status: 'missed',
          agents: [],
          durationSeconds: null,
          rating: null,
        });
        continue;
      }
      expect(conversation?.status).toBe(scenario.status === 'answered' ? 'answered' : 'missed');
      expect(conversation?.agents.map((agent) => agent.name)).toEqual(
        scenario.agents.map((agent) => agent.name),
      );
      expect(conversation?.tags).toEqual(scenario.tags);
      expect(conversation?.labels.map((label) => label.name)).toEqual(scenario.labels);
      expect(conversation?.rating?.score ?? null).toBe(scenario.score);
      expect(conversation?.durationSeconds).toBe(
        scenario.status === 'answered' ? scenario.durationSeconds : null,
      );
      expect(conversation?.visitor.pageUrl).toBe(scenario.visitor.pageUrl);
    }
  });

  it('keeps exactly the conversations of a range in the viewer timezone', async () => {
    startDemoProxy();
    const to = shiftDay(lastDay, -20);
    const from = shiftDay(to, -9);
    const range = dayRange(from, to, 'America/Los_Angeles');
    const conversations = await loadList(from, to, 'America/Los_Angeles');
    const expected = scenarios.filter(
      (scenario) => scenario.startedAt >= range.start && scenario.startedAt <= range.end,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(conversations.map((conversation) => conversation.id).sort()).toEqual(
      expected.map(imboxConversationId).sort(),
    );
  });

  it('loads a 400-day range in two statistics requests the vendor accepts', async () => {
    const { upstreamUrls } = startDemoProxy();
    const conversations = await loadList(shiftDay(lastDay, -399), lastDay, 'UTC');
    expect(upstreamUrls.filter((url) => url.includes('/message/chatStatistics/'))).toHaveLength(2);
    expect(conversations).toHaveLength(scenarios.length);
  });

  it('reads a transcript with names, tags and events', async () => {
    startDemoProxy();
    const scenario = scenarios.find(
      (candidate) => candidate.agents.length === 2 && candidate.visitor.name !== null,
    );
    if (!scenario) throw new Error('no transferred chat with a named visitor in the demo data');
    const conversations = await loadList(firstDay, lastDay, 'UTC');
    const conversation = conversations.find((candidate) => candidate.id === imboxConversationId(scenario));
    if (!conversation) throw new Error('the conversation is not listed');
    const query = imboxAdapter.transcriptQuery?.(conversation);
    const detail = await new QueryClient().fetchQuery({
      queryKey: query?.queryKey ?? [],
      queryFn: query?.queryFn,
    });
    expect(detail.visitor.name).toBe(scenario.visitor.name);
    expect(detail.tags).toEqual(scenario.tags);
    const people = detail.messages.filter((message) => message.role !== 'system');
    expect(people.map((message) => message.text)).toEqual(scenario.messages.map((message) => message.text));
    expect(people.map((message) => message.authorName)).toEqual(
      scenario.messages.map((message) => message.author),
    );
    const events = detail.messages.filter((message) => message.role === 'system');
    expect(events.map((message) => message.event?.type)).toEqual(['visitorJoin', 'transfer', 'chatClosed']);
    expect(events[0]?.text).toBe(`Visitor joined on ${scenario.visitor.pageUrl}`);
  });

  it('tells a support lead when ImBox refuses the key', async () => {
    startDemoProxy((config) => ({
      ...config,
      imbox: config.imbox && { ...config.imbox, apiKey: 'not-the-key' },
    }));
    const failure = await loadList(firstDay, lastDay, 'UTC').catch((error: unknown) => error);
    expect(isVendorError(failure)).toBe(true);
    expect(
      isVendorError(failure) && {
        code: failure.code,
        status: failure.upstreamStatus,
        vendor: failure.vendor,
      },
    ).toEqual({
      code: 'auth',
      status: 401,
      vendor: 'imbox',
    });
  });

  it('puts the key in the upstream path but never in a log line', async () => {
    // Per-request lines, which carry the upstream path, are printed with BACKSCROLL_LOG=debug.
    const { upstreamUrls, logLines } = startDemoProxy((config) => ({ ...config, logLevel: 'debug' }));
    await loadList(firstDay, lastDay, 'UTC');
    const statistics = upstreamUrls.find((url) => url.includes('/chatStatistics/'));
    expect(statistics).toMatch(
      /^https:\/\/apiv2\.imbox\.io\/message\/chatStatistics\/demo-imbox-key\/4242\?startTime=/,
    );
    expect(logLines.some((line) => line.includes('/message/chatStatistics/[redacted]/[redacted]?'))).toBe(
      true,
    );
    for (const line of logLines) {
      expect(line).not.toContain('demo-imbox-key');
      expect(line).not.toContain('/4242');
    }
  });
});
