import { messagesOf } from '../../testing/messages-of';
import { describe, expect, it } from 'vitest';
import { parseConversation } from '../../testing/parse-conversation';
import { payloadVariant } from '../../testing/payload-variant';
import sample from './__fixtures__/chat-history-v1-sample.json';
import { normalizeSocialIntentsChat } from './normalize-socialintents';

const sampleChat = sample.chats[0] as (typeof sample.chats)[number];

/** The documented sample with some fields replaced or removed, for the quirks that sample does not show. */
function variant(
  changes: Record<string, unknown>,
  without: ReadonlyArray<string> = [],
): Record<string, unknown> {
  return payloadVariant(sampleChat, changes, without);
}

function normalize(
  raw: unknown,
  list: 'chats' | 'missedchats' | 'offlinemessages' = 'chats',
  timeZone = 'UTC',
) {
  return parseConversation(normalizeSocialIntentsChat(raw, list, timeZone));
}

describe('normalizing the documented Social Intents sample', () => {
  const conversation = normalize(sampleChat);

  it('keeps the id, vendor and start instant', () => {
    expect(conversation.key).toBe('socialintents:2c9fa7465ccfd687015cda9fed35085a');
    // Requested in UTC, the wall clock agrees with the first message's epoch timestamp to the second.
    expect(conversation.startedAt).toBe(Date.parse('2017-06-24T15:01:31Z'));
    expect(conversation.durationSeconds).toBe(41);
    expect(conversation.endedAt).toBe(Date.parse('2017-06-24T15:02:12Z'));
  });

  it('reads visitor and agent', () => {
    expect(conversation.status).toBe('answered');
    // The sample has no chatType: the list it came from is what decided.
    expect(conversation.statusRaw).toBe('chats');
    expect(messagesOf(conversation).map((message) => message.roleRaw)).toEqual(
      sampleChat.messages.map((message) => message.type),
    );
    expect(conversation.visitor).toEqual({
      name: 'Tom Sandler',
      email: 'tom.sandler@gmail.com',
      phone: null,
      id: 'c0ad14b2-aa8c-07ca-a575-a19ec05f779f',
      location: null,
      ip: '73.184.238.75',
      userAgent: 'Safari 10.1/0S X 10.11',
      pageUrl: 'http://www.socialintents.com/',
      referrer: null,
    });
    expect(conversation.agents).toEqual([{ name: 'James', email: null, id: '1000' }]);
    expect(conversation.rating).toBeNull();
    expect(conversation.tags).toEqual([]);
  });

  it('credits the messageToVisitor written under the visitor nickname to the visitor', () => {
    expect(messagesOf(conversation).map((message) => [message.role, message.authorName, message.at])).toEqual(
      [
        ['visitor', 'Tom Sandler', 1498316491095],
        ['agent', 'James', 1498316505253],
        ['visitor', 'Tom Sandler', 1498316519651],
      ],
    );
    expect(conversation.messageCount).toBe(3);
  });

  it('keeps the raw payload for the raw view', () => {
    expect(conversation.raw).toBe(sampleChat);
  });
});

describe('Social Intents quirks', () => {
  it('accepts visitorFullName (newer docs) and prefers it', () => {
    expect(normalize(variant({ visitorFullName: 'Tom A. Sandler' }, ['visitorName'])).visitor.name).toBe(
      'Tom A. Sandler',
    );
  });

  it('still reads the visitor nickname right when the name came as visitorFullName', () => {
    const conversation = normalize(variant({ visitorFullName: 'Tom Sandler' }, ['visitorName']));
    expect(messagesOf(conversation)[2]?.role).toBe('visitor');
  });

  it('keeps messageToVisitor as agent when the nickname names both sides or neither', () => {
    const same = normalize(variant({ agentName: 'Tom Sandler' }));
    expect(messagesOf(same)[2]?.role).toBe('agent');
    const other = normalize(
      variant({
        messages: [{ type: 'messageToVisitor', nickname: 'Bot', timestamp: 1498316505253, body: 'Hi' }],
      }),
    );
    expect(messagesOf(other)[0]?.role).toBe('agent');
  });

  it('lowercases the e-mail', () => {
    expect(normalize(variant({ visitorEmail: ' Tom.Sandler@Gmail.COM ' })).visitor.email).toBe(
      'tom.sandler@gmail.com',
    );
  });

  it('reads agentEmail and location from newer payloads', () => {
    const conversation = normalize(variant({ agentEmail: 'James@Example.com', location: 'Boulder, CO, US' }));
    expect(conversation.agents).toEqual([{ name: 'James', email: 'james@example.com', id: '1000' }]);
    expect(conversation.visitor.location).toBe('Boulder, CO, US');
  });

  it('lets chatType decide the status when present', () => {
    expect(normalize(variant({ chatType: 'Missed' })).status).toBe('missed');
    expect(normalize(variant({ chatType: 'Offline Message' }), 'chats').status).toBe('offline');
    expect(normalize(variant({ chatType: 'Answered' }), 'missedchats').status).toBe('answered');
  });

  it('falls back to the list when chatType is absent: /chats without an agent is a missed chat', () => {
    const noAgent = variant({ agentName: '', agentId: '' });
    expect(normalize(noAgent, 'chats').status).toBe('missed');
    // Nobody is listed, but James wrote as an agent: the credit rule (src/model/agent-credit.ts) names him.
    expect(normalize(noAgent, 'chats').agents.map((agent) => agent.name)).toEqual(['James']);
    expect(normalize(sampleChat, 'missedchats').status).toBe('missed');
    expect(normalize(sampleChat, 'offlinemessages').status).toBe('offline');
    expect(normalize(variant({ chatType: 'Something new' }), 'chats').status).toBe('answered');
  });

  it('makes one visitor message of an offline message that has only textBody', () => {
    const offline = variant(
      {
        chatType: 'Offline Message',
        textBody: 'Please call me back about my order.',
        htmlBody: '<p>Please <b>call</b> me</p>',
      },
      ['messages', 'agentName', 'agentId'],
    );
    const conversation = normalize(offline, 'offlinemessages');
    expect(conversation.status).toBe('offline');
    expect(conversation.messages).toEqual([
      expect.objectContaining({
        role: 'visitor',
        authorName: 'Tom Sandler',
        text: 'Please call me back about my order.',
        at: conversation.startedAt,
      }),
    ]);
    expect(conversation.messageCount).toBe(1);
  });

  it('never carries htmlBody outside the raw payload', () => {
    const html = '<img src=x onerror="alert(1)">';
    const conversation = normalize(variant({ htmlBody: html, textBody: 'plain' }));
    const { raw, ...shown } = conversation;
    expect(JSON.stringify(shown)).not.toContain('onerror');
    expect(raw).toEqual(expect.objectContaining({ htmlBody: html }));
  });

  it('falls back to the first message timestamp when startDate cannot be read', () => {
    expect(normalize(variant({ startDate: 'not a date' })).startedAt).toBe(1498316491095);
    expect(normalize(variant({}, ['startDate'])).startedAt).toBe(1498316491095);
  });

  it('drops a chat that has no instant at all, or no id', () => {
    expect(
      normalizeSocialIntentsChat(variant({ startDate: 'nope' }, ['messages']), 'chats', 'UTC'),
    ).toBeNull();
    expect(normalizeSocialIntentsChat(variant({}, ['id']), 'chats', 'UTC')).toBeNull();
  });

  it('maps visitorCustom1..6 and visitorParams to custom variables, dropping empty ones', () => {
    const withObject = normalize(
      variant({
        visitorCustom1: 'Pro plan',
        visitorCustom2: ' ',
        visitorCustom6: 42,
        visitorParams: { customerId: 'C-9', empty: '' },
      }),
    );
    expect(withObject.customVariables).toEqual([
      { name: 'visitorCustom1', value: 'Pro plan' },
      { name: 'visitorCustom6', value: '42' },
      { name: 'customerId', value: 'C-9' },
    ]);
    expect(normalize(variant({ visitorParams: 'utm_source=news&plan=pro' })).customVariables).toEqual([
      { name: 'utm_source', value: 'news' },
      { name: 'plan', value: 'pro' },
    ]);
    expect(normalize(variant({ visitorParams: '{"orderId":"A-1"}' })).customVariables).toEqual([
      { name: 'orderId', value: 'A-1' },
    ]);
    expect(normalize(variant({ visitorParams: 'returning customer' })).customVariables).toEqual([
      { name: 'visitorParams', value: 'returning customer' },
    ]);
  });

  it('accepts tags as an array or a comma-separated string', () => {
    expect(normalize(variant({ tags: ['billing', ' vip ', ''] })).tags).toEqual(['billing', 'vip']);
    expect(normalize(variant({ tags: 'billing, vip,billing' })).tags).toEqual(['billing', 'vip']);
  });

  it('accepts a rating when an account sends one', () => {
    expect(normalize(variant({ rating: 5 })).rating).toEqual({ value: 'good', raw: 5, score: 5 });
    expect(normalize(variant({ rating: '2' })).rating).toEqual({ value: 'bad', raw: '2', score: 2 });
    expect(normalize(variant({ rating: 'Thumbs Up' })).rating).toEqual({
      value: 'good',
      raw: 'Thumbs Up',
      score: 1,
    });
    expect(normalize(variant({ rating: 'meh' })).rating).toBeNull();
  });

  it('survives fields of unexpected types instead of losing the chat', () => {
    const conversation = normalize(
      variant({
        duration: '41',
        visitorPhone: 4670123,
        visits: { x: 1 },
        messages: [null, 'x', sampleChat.messages[0]],
      }),
    );
    expect(conversation.durationSeconds).toBe(41);
    expect(conversation.visitor.phone).toBe('4670123');
    expect(conversation.messages).toHaveLength(1);
  });
});

describe('a startDate written in another zone than the one asked for', () => {
  it('is placed by the message timestamps (the sample reads as UTC wall clock)', () => {
    const conversation = normalizeSocialIntentsChat(sampleChat, 'chats', 'Europe/Stockholm');
    expect(new Date(conversation?.startedAt ?? 0).toISOString()).toBe('2017-06-24T15:01:31.000Z');
  });
});

describe('a Social Intents chat handed from one agent to another', () => {
  // The documented sample, with a transfer: agentName names the first agent (James), and a second agent
  // (Maria) writes messageToVisitor lines under her own nickname after the hand-over.
  const transferred = variant({
    messages: [
      ...sampleChat.messages,
      {
        type: 'messageToVisitor',
        nickname: 'Maria',
        timestamp: 1498316530000,
        body: 'I can take it from here.',
      },
      { type: 'messageToAgent', nickname: 'Tom Sandler', timestamp: 1498316540000, body: 'Thanks' },
      {
        type: 'messageToVisitor',
        nickname: 'maria ',
        timestamp: 1498316550000,
        body: 'Pricing is per seat.',
      },
    ],
  });

  it('credits both agents, the listed one first, each once', () => {
    const conversation = normalize(transferred);
    expect(conversation.agents).toEqual([
      { name: 'James', email: null, id: '1000' },
      { name: 'Maria', email: null, id: null },
    ]);
  });

  it('credits only the listed agent when nobody else wrote (the documented sample as it is)', () => {
    expect(normalize(sampleChat).agents.map((agent) => agent.name)).toEqual(['James']);
  });

  it('credits a writing agent even when the list names none (a missed chat picked up late)', () => {
    const conversation = normalize(variant({ agentName: '', agentId: '', messages: transferred.messages }));
    // Without a listed agent the visitor's own messageToVisitor line stays the visitor's (nickname rule).
    expect(conversation.agents.map((agent) => agent.name)).toEqual(['James', 'Maria']);
  });
});
