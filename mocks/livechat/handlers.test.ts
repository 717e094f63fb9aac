import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dayRange } from '../../src/lib/date-range';
import { demoCredentials, demoShare } from '../demo-config';
import { generateScenarios } from '../generator/scenarios';
import { createLiveChatHandlers, LIVECHAT_BASE_URL } from './handlers';

const now = Date.parse('2026-11-21T12:00:00Z');
const options = { size: 800, now };
const handlers = createLiveChatHandlers(options);
const chatsOf = (size: number) =>
  generateScenarios({ vendor: 'livechat', count: Math.round(size * demoShare.livechat), now }).filter(
    (s) => s.status !== 'offline',
  );
const scenarios = chatsOf(options.size);
const { login, apiKey } = demoCredentials.livechat;
const goodHeaders = { authorization: `Basic ${btoa(`${login}:${apiKey}`)}`, 'x-api-version': '2' };

type KeyValue = { key: string; value: string };
type Chat = Record<string, unknown> & {
  id: string;
  type: string;
  visitor_id: string;
  started: string;
  started_timestamp: number;
  ended: string;
  ended_timestamp: number;
  rate: string;
  prechat_survey: KeyValue[];
  custom_variables?: KeyValue[];
  integration_variables?: KeyValue[];
};
type Page = { chats: Chat[]; total: number; pages: number; error?: string };

async function call(query = '', headers: Record<string, string> = goodHeaders, using = handlers) {
  const response = await getResponse(using, new Request(`${LIVECHAT_BASE_URL}/chats${query}`, { headers }));
  if (!response) throw new Error('no handler answered');
  return { status: response.status, body: (await response.json()) as Page };
}

async function allPages(query: string): Promise<Chat[]> {
  const first = await call(`${query}${query ? '&' : '?'}page=1`);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, first.body.pages - 1) }, (_, i) =>
      call(`${query}${query ? '&' : '?'}page=${i + 2}`),
    ),
  );
  return [first, ...rest].flatMap((page) => page.body.chats);
}

describe('LiveChat emulation: the request', () => {
  it('refuses wrong credentials with the documented error body', async () => {
    for (const authorization of ['', `Basic ${btoa(`${login}:wrong`)}`, 'Bearer x']) {
      const { status, body } = await call('', { ...goodHeaders, authorization });
      expect(status).toBe(401);
      expect(body).toEqual({ error: 'Authorization failed' });
    }
  });

  it('requires X-API-Version: 2', async () => {
    const { status, body } = await call('', { authorization: goodHeaders.authorization });
    expect(status).toBe(400);
    expect(body.error).toEqual(expect.any(String));
  });

  it('refuses a page below 1 and bad filter values', async () => {
    for (const query of [
      '?page=0',
      '?page=-1',
      '?page=abc',
      '?date_from=01/02/2026',
      '?type=offline',
      '?rate=great',
    ]) {
      const { status, body } = await call(query);
      expect(status, query).toBe(400);
      expect(body.error).toEqual(expect.any(String));
    }
  });
});

describe('LiveChat emulation: pages', () => {
  it('pages 25 at a time from page 1, newest first, with total and pages on every page', async () => {
    const { body } = await call();
    expect(body.total).toBe(scenarios.length);
    expect(body.pages).toBe(Math.ceil(scenarios.length / 25));
    expect(body.chats).toHaveLength(25);
    const chats = await allPages('');
    expect(chats.map((chat) => chat.visitor_id)).toEqual(scenarios.map((s) => s.visitor.id));
    const starts = chats.map((chat) => chat.started_timestamp);
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
  });

  it('answers an empty page past the last one', async () => {
    const { status, body } = await call(`?page=${Math.ceil(scenarios.length / 25) + 1}`);
    expect(status).toBe(200);
    expect(body.chats).toEqual([]);
    expect(body.total).toBe(scenarios.length);
  });

  it('pages through only the newest 25,000 of a query, still counting them all', async () => {
    const big = chatsOf(120_000);
    expect(big.length).toBeGreaterThan(25_000);
    const using = createLiveChatHandlers({ size: 120_000, now });
    const first = await call('', goodHeaders, using);
    expect(first.body.total).toBe(big.length);
    expect(first.body.pages).toBe(1000);
    const last = await call('?page=1000', goodHeaders, using);
    expect(last.body.chats.at(-1)?.visitor_id).toBe(big[24_999]?.visitor.id);
    expect((await call('?page=1001', goodHeaders, using)).body.chats).toEqual([]);
  });
});

describe('LiveChat emulation: filters and payloads', () => {
  it('filters whole days in the account timezone, New York', async () => {
    const range = dayRange('2026-11-01', '2026-11-07', 'America/New_York');
    const chats = await allPages('?date_from=2026-11-01&date_to=2026-11-07');
    const expected = scenarios.filter((s) => s.startedAt >= range.start && s.startedAt <= range.end);
    expect(chats.map((chat) => chat.visitor_id).sort()).toEqual(expected.map((s) => s.visitor.id).sort());
  });

  it('writes started in the account timezone, like "Wed, 01/23/13 11:40:53 am"', async () => {
    const { body } = await call();
    for (const chat of body.chats) {
      expect(chat.started).toMatch(/^[A-Z][a-z]{2}, \d{2}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} [ap]m$/);
      expect(chat.started).toBe(
        format(new TZDate(chat.started_timestamp * 1000, 'America/New_York'), 'EEE, MM/dd/yy hh:mm:ss aaa'),
      );
    }
  });

  it('writes started and ended right on either side of a daylight saving change (New York, 1 November 2026)', async () => {
    const chats = await allPages('?date_from=2026-10-31&date_to=2026-11-02');
    expect(chats.length).toBeGreaterThan(0);
    const clock = (seconds: number) =>
      format(new TZDate(seconds * 1000, 'America/New_York'), 'EEE, MM/dd/yy hh:mm:ss aaa');
    for (const chat of chats) {
      expect(chat.started).toBe(clock(chat.started_timestamp));
      expect(chat.ended).toBe(clock(chat.ended_timestamp));
    }
  });

  it('matches query against visitor name, e-mail and message text, ignoring case', async () => {
    const target = scenarios.find((s) => s.visitor.email !== null && s.visitor.name !== null);
    if (!target?.visitor.email || !target.visitor.name)
      throw new Error('demo data should have a named visitor with an e-mail');
    const byEmail = await allPages(`?query=${encodeURIComponent(target.visitor.email.toUpperCase())}`);
    expect(byEmail.map((chat) => chat.visitor_id)).toContain(target.visitor.id);
    const byName = await allPages(`?query=${encodeURIComponent(target.visitor.name.toLowerCase())}`);
    expect(byName.map((chat) => chat.visitor_id)).toContain(target.visitor.id);
    const byText = await allPages(`?query=${encodeURIComponent('ORDER NUMBER')}`);
    const expected = scenarios.filter((s) =>
      s.messages.some((m) => m.text.toLowerCase().includes('order number')),
    );
    expect(byText).toHaveLength(expected.length);
  });

  it('filters by type and rating', async () => {
    const missed = await allPages('?type=missed_chat');
    expect(missed).toHaveLength(scenarios.filter((s) => s.status === 'missed').length);
    expect(missed.every((chat) => chat.type === 'missed_chat')).toBe(true);
    const good = await allPages('?rate=rated_good');
    expect(good).toHaveLength(scenarios.filter((s) => s.score !== null && s.score >= 4).length);
    const rated = await allPages('?rate=rated');
    expect(rated).toHaveLength(scenarios.filter((s) => s.score !== null && s.score !== 3).length);
  });

  it('keeps e-mails where LiveChat does: the survey mostly, custom variables and Facebook for some', async () => {
    const chats = await allPages('');
    const surveyed = chats.filter((chat) =>
      chat.prechat_survey.some((entry) => entry.key === 'E-mail:' && entry.value !== ''),
    );
    const custom = chats.filter((chat) => chat.custom_variables?.some((entry) => entry.key === 'email'));
    const facebook = chats.filter((chat) =>
      chat.integration_variables?.some((entry) => entry.key === 'facebook.email'),
    );
    expect(surveyed.length).toBeGreaterThan(chats.length / 2);
    expect(custom.length).toBeGreaterThan(0);
    expect(facebook.length).toBeGreaterThan(0);
    expect(chats.some((chat) => 'email' in chat || 'visitor_email' in chat)).toBe(false);
  });

  it('sends events[] for some chats and messages[] for others, with supervisors where there is one', async () => {
    const chats = await allPages('');
    const withEvents = chats.filter((chat) => Array.isArray(chat.events));
    expect(withEvents.length).toBeGreaterThan(0);
    expect(chats.filter((chat) => Array.isArray(chat.messages)).length).toBeGreaterThan(0);
    const events = withEvents.flatMap((chat) => chat.events as Array<{ type: string; event_type?: string }>);
    expect(events.some((event) => event.type === 'attachment')).toBe(true);
    expect(events.some((event) => event.type === 'event' && event.event_type === 'closed')).toBe(true);
    const supervised = scenarios.filter((s) => s.supervisor !== null).map((s) => s.visitor.id);
    expect(supervised.length).toBeGreaterThan(0);
    for (const chat of chats) {
      expect((chat.supervisors as unknown[]).length > 0).toBe(supervised.includes(chat.visitor_id));
    }
  });
});
