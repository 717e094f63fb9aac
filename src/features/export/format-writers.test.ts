import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import sample from '../../vendors/snapengage/__fixtures__/integration-case.json';
import { inboxPageSchema } from '../../vendors/snapengage/snapengage-api';
import { normalizeSnapEngageCase } from '../../vendors/snapengage/normalize-snapengage';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import type { Conversation } from '../../model/conversation';
import { noRedaction } from '../../lib/redaction/redaction-options';
import { toConversationsJsonl } from './conversations-jsonl';
import { formatFileName } from './export-file-name';
import { toMessagesCsv } from './messages-csv';

/** SnapEngage's documented Integration API sample (docs/vendor-api/snapengage-integration-post-api.txt), normalized. */
function documentedCase(): Conversation {
  const page = inboxPageSchema.parse({ cases: [sample], next: null, total: 1 });
  const conversation = normalizeSnapEngageCase(page.cases[0]);
  if (!conversation) throw new Error('the documented sample no longer normalizes');
  return conversation;
}

const stockholm = { timeZone: 'Europe/Stockholm', redaction: noRedaction };
const HEADER = 'vendor,conversation_id,conversation_started_at,message_at,role,author,text,translations';

const withEvents = makeConversation({
  vendor: 'livechat',
  id: 'PJ0MRSHTDG',
  startedAt: Date.parse('2026-11-02T10:00:00Z'),
  messages: [
    makeMessage({
      id: 'e1',
      role: 'system',
      authorName: null,
      text: '',
      event: { type: 'chat_transferred', data: { to: 'Nora Berg' } },
    }),
    makeMessage({
      id: 'm1',
      text: 'Mail anna+shop@mail.example.com or call +46 70 123 45 67, order #4411',
      at: Date.parse('2026-11-02T10:00:05Z'),
    }),
    makeMessage({
      id: 'm2',
      role: 'agent',
      authorName: 'John Doe',
      text: '=HYPERLINK("x")\nsecond line',
      at: Date.parse('2026-11-02T10:01:00Z'),
      translations: { sv: 'Hej, kort 4111 1111 1111 1111', de: 'Hallo' },
    }),
    makeMessage({ id: 'm3', role: 'bot', authorName: null, text: 'Bye', at: null }),
  ],
});

describe('Messages (CSV)', () => {
  it('writes the documented sample under exactly the documented header, one row per message', () => {
    expect(toMessagesCsv([documentedCase()], stockholm)).toBe(
      [
        HEADER,
        'snapengage,8b7c3b3b-f5d7-4e58-96d8,2014-10-03T22:14:31+02:00,2014-10-03T22:14:31+02:00,visitor,Jim Tester,"Hola, ","en: Hello,"',
        'snapengage,8b7c3b3b-f5d7-4e58-96d8,2014-10-03T22:14:31+02:00,2014-10-03T22:14:31+02:00,agent,test,Good day,es: Buen día',
        'snapengage,8b7c3b3b-f5d7-4e58-96d8,2014-10-03T22:14:31+02:00,2014-10-03T22:14:31+02:00,visitor,Jim Tester,Esto es una prueba.,en: This is a test.',
        '',
      ].join('\r\n'),
    );
  });

  it('writes events in words, translations as pairs, the formula guard, and no time as empty', () => {
    const records = Papa.parse<string[]>(toMessagesCsv([withEvents], stockholm), {
      skipEmptyLines: true,
    }).data;
    expect(records).toEqual([
      HEADER.split(','),
      [
        'livechat',
        'PJ0MRSHTDG',
        '2026-11-02T11:00:00+01:00',
        '2026-11-02T11:00:00+01:00',
        'system',
        '',
        'Transferred to Nora Berg',
        '',
      ],
      [
        'livechat',
        'PJ0MRSHTDG',
        '2026-11-02T11:00:00+01:00',
        '2026-11-02T11:00:05+01:00',
        'visitor',
        'Mary Brown',
        'Mail anna+shop@mail.example.com or call +46 70 123 45 67, order #4411',
        '',
      ],
      [
        'livechat',
        'PJ0MRSHTDG',
        '2026-11-02T11:00:00+01:00',
        '2026-11-02T11:01:00+01:00',
        'agent',
        'John Doe',
        `'=HYPERLINK("x")\nsecond line`,
        'sv: Hej, kort 4111 1111 1111 1111 | de: Hallo',
      ],
      ['livechat', 'PJ0MRSHTDG', '2026-11-02T11:00:00+01:00', '', 'bot', '', 'Bye', ''],
    ]);
  });

  it('redacts e-mails, phones and cards in text and translations, and with the second option the visitor', () => {
    const text = toMessagesCsv([withEvents], {
      timeZone: 'Europe/Stockholm',
      redaction: { text: true, visitor: false },
    });
    expect(text).toContain('Mail [email] or call [phone], order #4411');
    expect(text).toContain('sv: Hej, kort [card] | de: Hallo');
    expect(text).toContain(',visitor,Mary Brown,');
    const both = toMessagesCsv([withEvents], {
      timeZone: 'Europe/Stockholm',
      redaction: { text: true, visitor: true },
    });
    expect(both).not.toContain('Mary Brown');
    expect(both).toContain(',visitor,,"Mail [email] or call [phone], order #4411"');
  });

  it('writes only the header for conversations without messages', () => {
    expect(toMessagesCsv([makeConversation({ messages: null })], stockholm)).toBe(`${HEADER}\r\n`);
  });
});

describe('Conversations with messages (JSON Lines)', () => {
  it('writes one parseable line per conversation with the model fields and the messages', () => {
    const text = toConversationsJsonl([documentedCase(), withEvents], { ...stockholm, includeRaw: false });
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const first: unknown = JSON.parse(lines[0] ?? '');
    expect(first).toEqual({
      vendor: 'snapengage',
      id: '8b7c3b3b-f5d7-4e58-96d8',
      status: 'answered',
      startedAt: '2014-10-03T22:14:31+02:00',
      endedAt: '2014-10-03T22:14:46+02:00',
      durationSeconds: 15,
      visitor: {
        name: 'Jim Tester',
        email: 'test@test.com',
        phone: '555-555-1010',
        id: null,
        location: 'Boulder, CO, US',
        ip: '67.174.108.196',
        userAgent: expect.stringContaining('Mozilla/5.0'),
        pageUrl: 'http://www.snapengage.com/demo/integrationapi.html',
        referrer: 'http://www.comingfromurl.com',
      },
      agents: [{ name: 'test', id: 'jerome@snapengage.com', email: 'jerome@snapengage.com' }],
      supervisors: [],
      tags: [],
      labels: [
        { name: 'note', value: 'this is a note entered by the agent' },
        { name: 'customerTemp', value: 'Very Happy' },
      ],
      rating: null,
      customVariables: expect.arrayContaining([{ name: 'js: variable1', value: 'v1_1234' }]),
      messageCount: 3,
      messages: [
        {
          at: '2014-10-03T22:14:31+02:00',
          role: 'visitor',
          author: 'Jim Tester',
          text: 'Hola, ',
          translations: { en: 'Hello,' },
        },
        {
          at: '2014-10-03T22:14:31+02:00',
          role: 'agent',
          author: 'test',
          text: 'Good day',
          translations: { es: 'Buen día' },
        },
        {
          at: '2014-10-03T22:14:31+02:00',
          role: 'visitor',
          author: 'Jim Tester',
          text: 'Esto es una prueba.',
          translations: { en: 'This is a test.' },
        },
      ],
    });
    const second: unknown = JSON.parse(lines[1] ?? '');
    expect(second).toMatchObject({
      messages: [
        { at: '2026-11-02T11:00:00+01:00', role: 'system', author: null, text: 'Transferred to Nora Berg' },
        expect.anything(),
        expect.anything(),
        { at: null, role: 'bot', author: null, text: 'Bye', translations: {} },
      ],
    });
  });

  it('adds the raw payload only when asked, and never with redaction', () => {
    const raw = { secret: 'payload' };
    const conversation = makeConversation({ raw });
    const parse = (text: string): unknown => JSON.parse(text.trim());
    expect(
      parse(toConversationsJsonl([conversation], { ...stockholm, includeRaw: false })),
    ).not.toHaveProperty('raw');
    expect(parse(toConversationsJsonl([conversation], { ...stockholm, includeRaw: true }))).toHaveProperty(
      'raw',
      raw,
    );
    expect(
      parse(
        toConversationsJsonl([conversation], {
          timeZone: 'UTC',
          redaction: { text: true, visitor: false },
          includeRaw: true,
        }),
      ),
    ).not.toHaveProperty('raw');
  });

  it('blanks the visitor fields and redacts message text', () => {
    const line = toConversationsJsonl([withEvents], {
      timeZone: 'UTC',
      redaction: { text: true, visitor: true },
      includeRaw: false,
    });
    expect(line).not.toContain('mary.brown@example.org');
    expect(line).not.toContain('Mary Brown');
    expect(line).not.toContain('anna+shop');
    expect(line).toContain('"text":"Mail [email] or call [phone], order #4411"');
  });

  it('says why a transcript is missing', () => {
    const conversation = makeConversation({ messages: null });
    const line: unknown = JSON.parse(
      toConversationsJsonl([conversation], {
        ...stockholm,
        includeRaw: false,
        unavailableTranscripts: new Map([[conversation.key, 'ImBox answered 502']]),
      }),
    );
    expect(line).toMatchObject({ messages: null, transcriptUnavailable: 'ImBox answered 502' });
  });
});

describe('file names', () => {
  const range = { from: '2026-10-23', to: '2026-11-21' };
  it('say the format, the vendors, the days and redaction', () => {
    expect(formatFileName('messages-csv', ['livechat'], range, false)).toBe(
      'backscroll_messages_livechat_2026-10-23_to_2026-11-21.csv',
    );
    expect(formatFileName('jsonl', [], range, true)).toBe(
      'backscroll_conversations-with-messages_all-vendors_2026-10-23_to_2026-11-21_redacted.jsonl',
    );
  });
});
