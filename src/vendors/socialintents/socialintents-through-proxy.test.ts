import { messagesOf } from '../../testing/messages-of';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayRange, shiftDay, today } from '../../lib/date-range';
import { VendorError } from '../../lib/vendor-error';
import { socialintentsAdapter } from './adapter';
import type { ListRequest } from '../types';
import { demoShare } from '../../../mocks/demo-config';
import { generateScenarios } from '../../../mocks/generator/scenarios';
import { fetchList, serveDemoProxy } from '../../../mocks/testing/demo-proxy';

/**
 * The adapter over the whole live path: browser fetch -> proxy (routing, allowlist, credentials) ->
 * emulated Social Intents.
 */
const options = { size: 3000, now: Date.parse('2026-11-21T12:00:00Z') };
const scenarios = generateScenarios({
  vendor: 'socialintents',
  count: Math.round(options.size * demoShare.socialintents),
  now: options.now,
});
function serveProxy(env: Record<string, string> = { BACKSCROLL_DEMO: '1' }) {
  serveDemoProxy({ demo: options, env });
}

function list(request: ListRequest) {
  return fetchList(socialintentsAdapter, request);
}

afterEach(() => vi.unstubAllGlobals());

describe('Social Intents adapter through the proxy', () => {
  const timeZone = 'Europe/Stockholm';
  const to = today(timeZone, options.now);
  const range = dayRange(shiftDay(to, -29), to, timeZone);
  const expected = scenarios.filter((s) => s.startedAt >= range.start && s.startedAt <= range.end);

  it('lists every conversation of the range once, answered, missed and offline', async () => {
    serveProxy();
    const conversations = await list({ range, email: null });
    expect(expected.length).toBeGreaterThan(100);
    expect(conversations).toHaveLength(expected.length);
    expect(new Set(conversations.map((c) => c.key)).size).toBe(conversations.length);
    expect(new Set(conversations.map((c) => c.status))).toEqual(new Set(['answered', 'missed', 'offline']));
    expect(conversations.every((c) => c.startedAt >= range.start && c.startedAt <= range.end)).toBe(true);
  });

  it('matches each demo scenario: start instant, status, e-mail, agent, visitor, messages', async () => {
    serveProxy();
    const byVisitor = new Map((await list({ range, email: null })).map((c) => [c.visitor.id, c]));
    for (const scenario of expected) {
      const conversation = byVisitor.get(scenario.visitor.id);
      expect(conversation, `scenario ${scenario.serial}`).toBeDefined();
      if (!conversation) continue;
      expect(conversation.startedAt).toBe(scenario.startedAt);
      expect(conversation.status).toBe(scenario.status);
      expect(conversation.visitor.email).toBe(scenario.visitor.email?.toLowerCase() ?? null);
      expect(conversation.visitor.name).toBe(scenario.visitor.name);
      // The listed agent, then whoever else wrote to the visitor (src/model/agent-credit.ts): after a
      // transfer the second agent, and a supervisor, whose lines Social Intents sends like an agent's.
      const writers = scenario.messages
        .filter((m) => m.role === 'agent' || m.role === 'supervisor')
        .map((m) => m.author);
      const listed = scenario.agents.slice(0, 1).map((agent) => agent.name);
      expect(conversation.agents.map((agent) => agent.name)).toEqual([...new Set([...listed, ...writers])]);
      expect(conversation.rating).toBeNull();
      expect(messagesOf(conversation).map((m) => m.text)).toEqual(scenario.messages.map((m) => m.text));
      // The quirky messageToVisitor lines written by the visitor still read as the visitor's.
      expect(messagesOf(conversation).map((m) => m.role)).toEqual(
        scenario.messages.map((m) => (m.role === 'supervisor' ? 'agent' : m.role)),
      );
    }
  });

  it('returns only that visitor when a whole e-mail is pushed down', async () => {
    serveProxy();
    const target = expected.find((s) => s.visitor.email !== null && /[A-Z]/.test(s.visitor.email));
    const email = target?.visitor.email?.toLowerCase();
    if (!email) throw new Error('the demo data should have a mixed-case e-mail in range');
    const conversations = await list({ range, email });
    expect(conversations.length).toBeGreaterThan(0);
    expect(conversations.every((c) => c.visitor.email === email)).toBe(true);
    expect(conversations).toHaveLength(
      expected.filter((s) => s.visitor.email?.toLowerCase() === email).length,
    );
  });

  it('reports refused credentials as a VendorError with code auth', async () => {
    serveProxy({ SOCIALINTENTS_ACCOUNT_ID: 'demo-account', SOCIALINTENTS_API_TOKEN: 'not-the-token' });
    const failure = list({ range, email: null });
    await expect(failure).rejects.toBeInstanceOf(VendorError);
    await expect(failure).rejects.toMatchObject({
      vendor: 'socialintents',
      code: 'auth',
      upstreamStatus: 401,
      retryable: false,
    });
  });
});
