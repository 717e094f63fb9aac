import { messagesOf } from '../../testing/messages-of';
import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/integration-case.json';
import { parseConversation } from '../../testing/parse-conversation';
import { normalizeSnapEngageCase } from './normalize-snapengage';
import { caseFieldsSchema, inboxPageSchema } from './snapengage-api';

/** Parses like the adapter does (the inbox envelope), so the test covers the schema as well. */
function normalize(raw: unknown) {
  const page = inboxPageSchema.parse({ cases: [raw], next: null, total: 1 });
  const parsed = page.cases[0];
  if (!parsed) throw new Error('no case');
  return parseConversation(normalizeSnapEngageCase(parsed));
}

/** The documented sample with some fields replaced: each quirk is a variation of the real payload. */
function variant(overrides: Record<string, unknown>): Record<string, unknown> {
  return { ...structuredClone(sample), ...overrides };
}

const visitorLine = (message: string, seconds: number) => ({
  id: '',
  date_seconds: seconds,
  date_milliseconds: 0,
  alias: 'visitor',
  message,
  sender: 'VISITOR',
});
const agentLine = (message: string, seconds: number, login = 'jerome@snapengage.com', alias = 'Jerome') => ({
  id: login,
  date_seconds: seconds,
  date_milliseconds: 0,
  alias,
  message,
  sender: 'AGENT',
});

describe('normalizeSnapEngageCase: the documented Integration API sample', () => {
  const conversation = normalize(sample);

  it('maps the case identity, timing and status', () => {
    expect(conversation).toMatchObject({
      key: 'snapengage:8b7c3b3b-f5d7-4e58-96d8',
      vendor: 'snapengage',
      id: '8b7c3b3b-f5d7-4e58-96d8',
      status: 'answered',
      // created_at_seconds * 1000 + created_at_milliseconds
      startedAt: 1412367271268,
      durationSeconds: 15,
      endedAt: 1412367271268 + 15_000,
      supervisors: [],
      tags: [],
      rating: null,
    });
    expect(conversation.raw).toEqual(sample);
  });

  it('takes the visitor from requested_by and requester_details', () => {
    expect(conversation.visitor).toEqual({
      name: 'Jim Tester',
      // requested_by is an address, so it wins over requester_details.emails[0] (test@example.com).
      email: 'test@test.com',
      phone: '555-555-1010',
      id: null,
      location: 'Boulder, CO, US',
      ip: '67.174.108.196',
      userAgent: sample.user_agent,
      pageUrl: 'http://www.snapengage.com/demo/integrationapi.html',
      referrer: 'http://www.comingfromurl.com',
    });
  });

  it("keeps the vendor's own status value: source_id 2 (chat)", () => {
    expect(conversation.status).toBe('answered');
    expect(conversation.statusRaw).toBe(2);
  });

  it('turns the transcripts into messages with instants from date_seconds + date_milliseconds', () => {
    expect(conversation.messageCount).toBe(3);
    expect(conversation.messages).toEqual([
      {
        id: '0',
        role: 'visitor',
        roleRaw: 'VISITOR',
        authorName: 'Jim Tester',
        text: 'Hola, ',
        at: 1412367271154,
        translations: { en: 'Hello,' },
        attachments: [],
        event: null,
      },
      {
        id: '1',
        role: 'agent',
        roleRaw: 'AGENT',
        authorName: 'test',
        text: 'Good day',
        at: 1412367271456,
        translations: { es: 'Buen día' },
        attachments: [],
        event: null,
      },
      {
        id: '2',
        role: 'visitor',
        roleRaw: 'VISITOR',
        authorName: 'Jim Tester',
        text: 'Esto es una prueba.',
        at: 1412367271835,
        translations: { en: 'This is a test.' },
        attachments: [],
        event: null,
      },
    ]);
  });

  it('names the agent by alias with the login from the transcript id', () => {
    expect(conversation.agents).toEqual([
      { name: 'test', id: 'jerome@snapengage.com', email: 'jerome@snapengage.com' },
    ]);
  });

  it('keeps labels and tells operator from JavaScript variables', () => {
    expect(conversation.labels).toEqual([
      { name: 'note', value: 'this is a note entered by the agent' },
      { name: 'customerTemp', value: 'Very Happy' },
    ]);
    expect(conversation.customVariables).toEqual([
      { name: 'operator: note', value: 'this is a note entered by the agent' },
      { name: 'operator: customerTemp', value: 'Very Happy' },
      { name: 'js: variable1', value: 'v1_1234' },
      { name: 'js: variable2', value: 'v2_123456789' },
    ]);
  });
});

describe('normalizeSnapEngageCase: SnapEngage quirks', () => {
  it('reads instants from the seconds fields, never from the date strings (a wall clock, not GMT)', () => {
    // The sample's "2:14:31 PM" is 20:14:31 UTC: reading it as GMT would be six hours off.
    const conversation = normalize(variant({ created_at_date: 'Jan 1, 2000 1:00:00 AM' }));
    expect(new Date(conversation.startedAt).toISOString()).toBe('2014-10-03T20:14:31.268Z');
    expect(new Date(messagesOf(conversation)[0]?.at ?? 0).toISOString()).toBe('2014-10-03T20:14:31.154Z');
  });

  it('falls back to the first message for the start, and gives up on a case with no instant at all', () => {
    const noCreated = variant({ created_at_seconds: undefined, created_at_milliseconds: undefined });
    expect(normalize(noCreated).startedAt).toBe(1412367271154);
    const noInstant = { id: 'x', transcripts: [{ id: '', message: 'hi', sender: 'VISITOR' }] };
    const parsed = inboxPageSchema.parse({ cases: [noInstant], next: null, total: 1 }).cases[0];
    expect(parsed && normalizeSnapEngageCase(parsed)).toBeNull();
  });

  it('tells visitor from agent by sender, with an empty id for the visitor and the login for the agent', () => {
    const conversation = normalize(
      variant({
        transcripts: [
          visitorLine('Hi', 1_700_000_000),
          agentLine('Hello!', 1_700_000_005, 'ana.login', 'Ana'),
          { ...agentLine('Note', 1_700_000_006), sender: 'SYSTEM' },
        ],
      }),
    );
    expect(messagesOf(conversation).map((message) => [message.role, message.authorName])).toEqual([
      ['visitor', 'Jim Tester'],
      ['agent', 'Ana'],
      ['system', 'Jerome'],
    ]);
    // A login that is not an address stays the agent's id only.
    expect(conversation.agents).toEqual([{ name: 'Ana', id: 'ana.login', email: null }]);
  });

  it('keeps a visitor alias that is a real name', () => {
    const conversation = normalize(
      variant({ transcripts: [{ ...visitorLine('Hi', 1_700_000_000), alias: 'Jimmy' }] }),
    );
    expect(messagesOf(conversation)[0]?.authorName).toBe('Jimmy');
  });

  it('lists each agent once, in order of first reply', () => {
    const conversation = normalize(
      variant({
        transcripts: [
          visitorLine('Hi', 1),
          agentLine('Hello', 2, 'b@x.io', 'Bea'),
          agentLine('Taking over', 3, 'a@x.io', 'Al'),
          agentLine('Bye', 4, 'B@X.io', 'Bea'),
        ],
      }),
    );
    expect(conversation.agents.map((agent) => agent.name)).toEqual(['Bea', 'Al']);
  });

  it.each([
    ['source_id 1', { source_id: 1, type: 'chat' }, 'offline'],
    ['type offline', { source_id: undefined, type: 'offline' }, 'offline'],
    ['a chat an agent answered', { source_id: 2, type: 'chat' }, 'answered'],
    ['a proactive chat an agent answered', { source_id: 3, type: 'chat' }, 'answered'],
  ])('status: %s', (_label, overrides, status) => {
    expect(normalize(variant(overrides)).status).toBe(status);
  });

  it('calls a chat no agent wrote in missed', () => {
    const conversation = normalize(
      variant({ source_id: 2, transcripts: [visitorLine('Anyone there?', 1_700_000_000)], chat_duration: 0 }),
    );
    expect(conversation.status).toBe('missed');
    expect(conversation.agents).toEqual([]);
  });

  it('does not count a proactive invitation as an answer', () => {
    const invitation = agentLine('Can I help you?', 1_700_000_000, 'jerome@snapengage.com', 'Jerome');
    const unanswered = normalize(
      variant({
        source_id: 3,
        proactive_chat: true,
        transcripts: [invitation, visitorLine('Yes, pricing?', 1_700_000_030)],
      }),
    );
    expect(unanswered.status).toBe('missed');
    expect(unanswered.agents).toEqual([]);
    const answered = normalize(
      variant({
        source_id: 3,
        transcripts: [
          invitation,
          visitorLine('Yes, pricing?', 1_700_000_030),
          agentLine('Sure!', 1_700_000_040),
        ],
      }),
    );
    expect(answered.status).toBe('answered');
    expect(messagesOf(answered)[0]).toMatchObject({ role: 'agent', text: 'Can I help you?' });
  });

  it('shows an offline request’s description as the visitor’s message', () => {
    const conversation = normalize(
      variant({
        type: 'offline',
        source_id: 1,
        description: 'Please call me back.',
        transcripts: [],
        chat_duration: 0,
      }),
    );
    expect(conversation).toMatchObject({
      status: 'offline',
      durationSeconds: null,
      endedAt: null,
      messageCount: 1,
    });
    expect(messagesOf(conversation)[0]).toMatchObject({
      role: 'visitor',
      authorName: 'Jim Tester',
      text: 'Please call me back.',
      at: conversation.startedAt,
    });
  });

  it('uses the first requester e-mail when requested_by is a name, and that name when nothing else names the visitor', () => {
    const byName = normalize(
      variant({ requested_by: 'Jim T.', requester_details: { emails: ['Jim@Example.COM'], phones: [] } }),
    );
    expect(byName.visitor).toMatchObject({
      email: 'jim@example.com',
      name: 'Jim T.',
      phone: null,
      location: 'Boulder, United States',
    });
    const anonymous = normalize(variant({ requested_by: 'visitor', requester_details: null }));
    expect(anonymous.visitor).toMatchObject({ email: null, name: null });
  });

  it('lowercases an e-mail given in requested_by', () => {
    expect(normalize(variant({ requested_by: 'Mary.Brown@Example.ORG' })).visitor.email).toBe(
      'mary.brown@example.org',
    );
  });

  it('reads a survey score when a copy carries one (1-5 scale)', () => {
    expect(normalize(variant({ survey_score: 5 })).rating).toEqual({ value: 'good', raw: 5, score: 5 });
    expect(normalize(variant({ survey_score: '2' })).rating).toEqual({ value: 'bad', raw: 2, score: 2 });
    expect(normalize(variant({ survey_score: null })).rating).toBeNull();
  });

  it('takes the Logs API agent fields and explicit agent fields', () => {
    const conversation = normalize(
      variant({
        transcripts: [],
        chat_agent_id: 'grace@x.io',
        chat_agent_alias: 'Grace',
        agent: { id: 'pedro@x.io', alias: 'Pedro' },
        destination: 'nora@x.io',
      }),
    );
    expect(conversation.agents).toEqual([
      { name: 'Grace', id: 'grace@x.io', email: 'grace@x.io' },
      { name: 'Pedro', id: 'pedro@x.io', email: 'pedro@x.io' },
      { name: 'nora@x.io', id: 'nora@x.io', email: 'nora@x.io' },
    ]);
  });

  it('reads tags when an account sends them', () => {
    expect(normalize(variant({ tags: ['vip', ' billing '] })).tags).toEqual(['vip', 'billing']);
    expect(normalize(variant({ tags: 'vip, refund' })).tags).toEqual(['vip', 'refund']);
  });

  it('ignores fields of the wrong type instead of dropping the case', () => {
    const conversation = normalize(
      variant({
        chat_duration: 'long',
        labels: 'none',
        transcripts: [{ ...visitorLine('Hi', 1), translations: { en: 5, sv: 'Hej' } }, 42],
      }),
    );
    expect(conversation.durationSeconds).toBeNull();
    expect(conversation.labels).toEqual([]);
    expect(conversation.messages).toHaveLength(1);
    expect(messagesOf(conversation)[0]?.translations).toEqual({ sv: 'Hej' });
  });

  it('cannot read a case without an id', () => {
    expect(caseFieldsSchema.safeParse({ ...sample, id: '' }).success).toBe(false);
    expect(normalizeSnapEngageCase({ ...sample, id: '  ' })).toBeNull();
    expect(normalizeSnapEngageCase({ type: 'chat' })).toBeNull();
  });
});
