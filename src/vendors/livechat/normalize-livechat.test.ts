import { messagesOf } from '../../testing/messages-of';
import { describe, expect, it } from 'vitest';
import { parseConversation } from '../../testing/parse-conversation';
import { payloadVariant } from '../../testing/payload-variant';
import sample from './__fixtures__/chats-sample.json';
import { normalizeLiveChatChat } from './normalize-livechat';

const sampleChat = sample.chats[0] as (typeof sample.chats)[number];

/** The documented sample with some fields replaced or removed, for the quirks that sample does not show. */
function variant(
  changes: Record<string, unknown>,
  without: ReadonlyArray<string> = [],
): Record<string, unknown> {
  return payloadVariant(sampleChat, changes, without);
}

const normalize = (raw: unknown) => parseConversation(normalizeLiveChatChat(raw));

describe('normalizing the documented LiveChat sample', () => {
  const conversation = normalize(sampleChat);

  it('reads id, status and epoch-second instants', () => {
    expect(conversation.key).toBe('livechat:MH022RD0K5');
    expect(conversation.status).toBe('answered');
    expect(conversation.statusRaw).toBe(sampleChat.type);
    expect(messagesOf(conversation).map((message) => message.roleRaw)).toEqual(
      sampleChat.messages.map((message) => message.user_type),
    );
    expect(conversation.startedAt).toBe(Date.parse('2013-01-23T10:40:53Z'));
    expect(conversation.endedAt).toBe(Date.parse('2013-01-23T11:05:09Z'));
    expect(conversation.durationSeconds).toBe(1456);
  });

  it('finds the e-mail in integration_variables when the pre-chat survey left it empty', () => {
    expect(conversation.visitor.email).toBe('mary.brown@email.com');
    expect(conversation.visitor.name).toBe('Mary Brown');
    expect(conversation.visitor.id).toBe('S1355415390.49b8940793');
  });

  it('keeps agents and supervisors apart, identified by login', () => {
    expect(conversation.agents).toEqual([
      { name: 'John Doe', email: 'john.doe@mycompany.com', id: 'john.doe@mycompany.com' },
    ]);
    expect(conversation.supervisors).toEqual([
      { name: 'Jane Doe', email: 'jane.doe@mycompany.com', id: 'jane.doe@mycompany.com' },
    ]);
  });

  it('reads not_rated as no rating', () => {
    expect(conversation.rating).toBeNull();
  });

  it('reads messages with roles, authors and instants', () => {
    expect(messagesOf(conversation).map((m) => [m.role, m.authorName, m.text, m.at])).toEqual([
      ['agent', 'John Doe', 'Hello', 1358937653000],
      ['visitor', 'Mary Brown', 'How are you?', 1358937661000],
      ['agent', 'John Doe', 'Thanks, fine :)', 1358937665000],
      ['supervisor', 'Jane Doe', 'Message from supervisor.', 1358938633000],
    ]);
    expect(conversation.messageCount).toBe(4);
  });

  it('keeps custom and integration variables, dropping empty survey answers', () => {
    expect(conversation.customVariables).toContainEqual({ name: 'customer_login', value: 'mary_brown' });
    expect(conversation.customVariables).toContainEqual({
      name: 'facebook.email',
      value: 'mary.brown@email.com',
    });
    expect(conversation.customVariables).toHaveLength(10);
    expect(conversation.customVariables.some((v) => v.name === 'E-mail')).toBe(false);
  });

  it('keeps the raw payload', () => {
    expect(conversation.raw).toBe(sampleChat);
  });
});

describe('LiveChat quirks', () => {
  const survey = (key: string, value: string) => [
    { key: 'Name:', value: 'Mary', id: '1' },
    { key, value, id: '2' },
  ];

  it('prefers the e-mail typed in the pre-chat survey, whatever its key is called, lowercased', () => {
    for (const key of ['E-mail:', 'Email', 'email address', 'Your e-mail']) {
      expect(normalize(variant({ prechat_survey: survey(key, ' Mary.B@Example.ORG ') })).visitor.email).toBe(
        'mary.b@example.org',
      );
    }
  });

  it('falls back to a custom variable whose key contains email, then to facebook.email', () => {
    const custom = variant({ custom_variables: [{ key: 'user_email', value: 'Login@Example.org' }] });
    expect(normalize(custom).visitor.email).toBe('login@example.org');
    expect(normalize(variant({}, ['integration_variables'])).visitor.email).toBeNull();
  });

  it('ignores a survey "e-mail" answer that is not an address', () => {
    expect(normalize(variant({ prechat_survey: survey('E-mail:', 'no thanks') })).visitor.email).toBe(
      'mary.brown@email.com',
    );
  });

  it('maps rated_good and rated_bad to thumbs, keeping the raw value', () => {
    expect(normalize(variant({ rate: 'rated_good' })).rating).toEqual({
      value: 'good',
      raw: 'rated_good',
      score: 1,
    });
    expect(normalize(variant({ rate: 'rated_bad' })).rating).toEqual({
      value: 'bad',
      raw: 'rated_bad',
      score: 0,
    });
    expect(normalize(variant({ rate: 'something_new' })).rating).toBeNull();
  });

  it('reads missed_chat as missed, and an unknown type from whether an agent took part', () => {
    expect(normalize(variant({ type: 'missed_chat', agents: [] })).status).toBe('missed');
    expect(normalize(variant({ type: 'new_kind' })).status).toBe('answered');
    expect(normalize(variant({ type: 'new_kind', agents: [] })).status).toBe('missed');
  });

  it('prefers events[] over messages[]: messages, attachments and events like closed', () => {
    const events = [
      {
        type: 'message',
        author_name: 'Mary Brown',
        text: 'Here is the file',
        timestamp: 1358937700,
        user_type: 'visitor',
      },
      {
        type: 'attachment',
        author_name: 'Mary Brown',
        timestamp: 1358937710,
        user_type: 'visitor',
        files: [
          'https://cdn.livechat-files.com/api/file/lc/att/123/invoice%20march.pdf',
          'javascript:alert(1)',
        ],
      },
      {
        type: 'event',
        text: 'Chat closed by John Doe',
        timestamp: 1358939109,
        user_type: 'agent',
        agent_id: 'john.doe@mycompany.com',
        event_type: 'closed',
      },
    ];
    const conversation = normalize(variant({ events }));
    expect(messagesOf(conversation).map((m) => [m.role, m.text])).toEqual([
      ['visitor', 'Here is the file'],
      ['visitor', ''],
      ['system', 'Chat closed by John Doe'],
    ]);
    expect(messagesOf(conversation)[1]?.attachments).toEqual([
      {
        name: 'invoice march.pdf',
        url: 'https://cdn.livechat-files.com/api/file/lc/att/123/invoice%20march.pdf',
        contentType: null,
      },
      // A link that is not http(s) is never kept as a link.
      expect.objectContaining({ url: null }),
    ]);
    expect(messagesOf(conversation)[2]?.event).toEqual({
      type: 'closed',
      data: expect.objectContaining({ event_type: 'closed', agent_id: 'john.doe@mycompany.com' }),
    });
    expect(conversation.messageCount).toBe(3);
  });

  it('uses messages[] when events[] is empty', () => {
    expect(normalize(variant({ events: [] })).messages).toHaveLength(4);
  });

  it('reads the visitor object, tags, start page and referrer when present', () => {
    const conversation = normalize(
      variant({
        visitor_name: '',
        visitor: {
          id: 'V9',
          name: 'Mary B.',
          ip: '10.0.0.1',
          city: 'Boulder',
          region: 'CO',
          country: 'United States',
          user_agent: 'Firefox',
        },
        tags: ['billing', 'vip', 'billing', ''],
        chat_start_url: 'https://shop.example.com/pricing',
        referrer: 'https://www.google.com/',
      }),
    );
    expect(conversation.visitor).toMatchObject({
      name: 'Mary B.',
      ip: '10.0.0.1',
      location: 'Boulder, CO, United States',
      userAgent: 'Firefox',
      pageUrl: 'https://shop.example.com/pricing',
      referrer: 'https://www.google.com/',
    });
    expect(conversation.visitor.id).toBe('S1355415390.49b8940793');
    expect(conversation.tags).toEqual(['billing', 'vip']);
  });

  it('falls back to the first message when started_timestamp is missing, and drops a chat with no instant', () => {
    expect(normalize(variant({}, ['started_timestamp'])).startedAt).toBe(1358937653000);
    expect(normalizeLiveChatChat(variant({ messages: [] }, ['started_timestamp']))).toBeNull();
    expect(normalizeLiveChatChat(variant({}, ['id']))).toBeNull();
  });

  it('survives odd items and types instead of losing the chat', () => {
    const conversation = normalize(
      variant({
        duration: '1456',
        agents: [null, { display_name: 'John Doe' }],
        tags: 'not-a-list',
        messages: [42, sampleChat.messages[0]],
      }),
    );
    expect(conversation.durationSeconds).toBe(1456);
    expect(conversation.agents).toEqual([{ name: 'John Doe', email: null, id: null }]);
    expect(conversation.tags).toEqual([]);
    expect(conversation.messages).toHaveLength(1);
  });
});
