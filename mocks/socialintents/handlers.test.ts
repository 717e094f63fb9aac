import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dayRange } from '../../src/lib/date-range';
import { demoCredentials, demoShare } from '../demo-config';
import { generateScenarios } from '../generator/scenarios';
import { createSocialIntentsHandlers } from './handlers';

const options = { size: 400, now: Date.parse('2026-11-21T12:00:00Z') };
const handlers = createSocialIntentsHandlers(options);
const scenarios = generateScenarios({
  vendor: 'socialintents',
  count: Math.round(options.size * demoShare.socialintents),
  now: options.now,
});
const { accountId, apiToken } = demoCredentials.socialintents;
const basic = `Basic ${btoa(`${accountId}:${apiToken}`)}`;

type Chat = Record<string, unknown> & { id: string; startDate: string; visitorId: string };
type Envelope = { apiStatus: string; apiStatusCode: string; apiStatusMessage: string; chats: Chat[] };

async function call(path: string, headers: Record<string, string> = { authorization: basic }) {
  const response = await getResponse(
    handlers,
    new Request(`https://www.socialintents.com/v1/api/${path}`, { headers }),
  );
  if (!response) throw new Error(`no handler for ${path}`);
  return { status: response.status, body: (await response.json()) as Envelope };
}

describe('Social Intents emulation: auth', () => {
  it('refuses wrong credentials with the vendor envelope', async () => {
    const wrong: Array<Record<string, string>> = [
      {},
      { authorization: `Basic ${btoa(`${accountId}:wrong`)}` },
      { 'x-socialintentstoken': 'wrong' },
    ];
    for (const headers of wrong) {
      const { status, body } = await call('chats', headers);
      expect(status).toBe(401);
      expect(body).toMatchObject({ apiStatus: 'Error', apiStatusCode: '401' });
      expect(body.apiStatusMessage).not.toBe('');
    }
  });

  it('accepts Basic auth and the token header', async () => {
    expect((await call('chats')).status).toBe(200);
    expect((await call('chats', { 'x-socialintentstoken': apiToken })).status).toBe(200);
  });
});

describe('Social Intents emulation: lists', () => {
  it('puts answered and missed chats in /chats, missed again in /missedchats, offline apart', async () => {
    const [chats, missed, offline] = await Promise.all([
      call('chats'),
      call('missedchats'),
      call('offlinemessages'),
    ]);
    const count = (status: string) => scenarios.filter((scenario) => scenario.status === status).length;
    expect(chats.body.chats).toHaveLength(count('answered') + count('missed'));
    expect(missed.body.chats).toHaveLength(count('missed'));
    expect(offline.body.chats).toHaveLength(count('offline'));
    const chatIds = new Set(chats.body.chats.map((chat) => chat.id));
    expect(missed.body.chats.every((chat) => chatIds.has(chat.id))).toBe(true);
    expect(offline.body.chats.some((chat) => chatIds.has(chat.id))).toBe(false);
    expect(chats.body).toMatchObject({ apiStatus: 'Success', apiStatusCode: '200' });
  });

  it('answers with a trailing slash and on the older host too', async () => {
    const slash = await call('chats/');
    expect(slash.body.chats.length).toBeGreaterThan(0);
    const older = await getResponse(
      handlers,
      new Request('https://api.socialintents.com/v1/api/chats', { headers: { authorization: basic } }),
    );
    expect(older?.status).toBe(200);
  });

  it('filters whole days in the requested timezone and writes startDate in it', async () => {
    const range = dayRange('2026-11-01', '2026-11-07', 'Asia/Tokyo');
    const { body } = await call('chats?date_from=2026-11-01&date_to=2026-11-07&timezone=Asia/Tokyo');
    const expected = scenarios.filter(
      (s) => s.status !== 'offline' && s.startedAt >= range.start && s.startedAt <= range.end,
    );
    expect(body.chats.map((chat) => chat.visitorId).sort()).toEqual(expected.map((s) => s.visitor.id).sort());
    for (const chat of body.chats)
      expect(chat.startDate >= '2026-11-01' && chat.startDate < '2026-11-08').toBe(true);
  });

  it('defaults to the account timezone, New York', async () => {
    const range = dayRange('2026-11-01', '2026-11-01', 'America/New_York');
    const { body } = await call('chats?date_from=2026-11-01&date_to=2026-11-01');
    const expected = scenarios.filter(
      (s) => s.status !== 'offline' && s.startedAt >= range.start && s.startedAt <= range.end,
    );
    expect(body.chats).toHaveLength(expected.length);
  });

  it('writes startDate as a 24-hour clock that still carries a meridiem', async () => {
    const { body } = await call('chats?timezone=UTC');
    for (const chat of body.chats)
      expect(chat.startDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} (AM|PM)$/);
    expect(body.chats.some((chat) => /^\S+ (1[3-9]|2\d):.* PM$/.test(chat.startDate))).toBe(true);
  });

  it('mixes the older and newer field names and sends offline messages as textBody only', async () => {
    const [{ body: chats }, { body: offline }] = await Promise.all([call('chats'), call('offlinemessages')]);
    expect(chats.chats.some((chat) => 'visitorName' in chat && !('chatType' in chat))).toBe(true);
    expect(chats.chats.some((chat) => 'visitorFullName' in chat && 'chatType' in chat)).toBe(true);
    expect(offline.chats.length).toBeGreaterThan(0);
    for (const chat of offline.chats) {
      expect(chat.messages).toBeUndefined();
      expect(chat.textBody).toEqual(expect.any(String));
      expect(chat.htmlBody).toEqual(expect.stringMatching(/^<p>/));
    }
  });

  it('sends, like the documented sample, some visitor lines as messageToVisitor under the visitor nickname', async () => {
    const { body } = await call('chats');
    const quirky = body.chats.filter((chat) => {
      const name = chat.visitorName ?? chat.visitorFullName;
      const messages = (chat.messages ?? []) as Array<{ type: string; nickname: string }>;
      return messages.some((message) => message.type === 'messageToVisitor' && message.nickname === name);
    });
    expect(quirky.length).toBeGreaterThan(0);
  });

  it('filters by e-mail case-insensitively, and by id, visitor and tag', async () => {
    const withEmail = scenarios.find(
      (s) => s.status !== 'offline' && s.visitor.email !== null && /[A-Z]/.test(s.visitor.email),
    );
    if (!withEmail?.visitor.email) throw new Error('the demo data should have a mixed-case e-mail');
    const byEmail = await call(`chats?email=${encodeURIComponent(withEmail.visitor.email.toLowerCase())}`);
    expect(byEmail.body.chats.length).toBeGreaterThan(0);
    for (const chat of byEmail.body.chats)
      expect(String(chat.visitorEmail).toLowerCase()).toBe(withEmail.visitor.email.toLowerCase());

    const one = byEmail.body.chats[0] as Chat;
    expect((await call(`chats?id=${one.id}`)).body.chats.map((chat) => chat.id)).toEqual([one.id]);
    expect(
      (await call(`chats?visitor_id=${one.visitorId}`)).body.chats.map((chat) => chat.visitorId),
    ).toEqual([one.visitorId]);

    const tagged = scenarios.filter((s) => s.status !== 'offline' && s.tags.includes('billing'));
    expect((await call('chats?tag=billing')).body.chats).toHaveLength(tagged.length);
  });

  it('refuses a malformed date or an unknown timezone with the error envelope', async () => {
    const badDate = await call('chats?date_from=01/11/2026');
    expect(badDate.status).toBe(400);
    expect(badDate.body).toMatchObject({ apiStatus: 'Error', apiStatusCode: '400' });
    expect((await call('chats?timezone=Mars/Olympus')).status).toBe(400);
  });

  it('serves the same data every time', async () => {
    const again = createSocialIntentsHandlers(options);
    const first = await call('chats?timezone=UTC');
    const second = await getResponse(
      again,
      new Request('https://www.socialintents.com/v1/api/chats?timezone=UTC', {
        headers: { authorization: basic },
      }),
    );
    expect(await second?.json()).toEqual(first.body);
  });
});
