import { describe, expect, it } from 'vitest';
import { makeConversation, makeMessage } from '../testing/make-conversation';
import { noRedaction } from './redaction/redaction-options';
import { transcriptDocument, transcriptFileName, transcriptText } from './transcript-document';

const conversation = makeConversation({
  vendor: 'snapengage',
  id: 'case/7 ä',
  visitor: {
    ...makeConversation().visitor,
    name: 'Mary Brown',
    email: 'mary.brown@example.org',
    phone: '+46 70 123 45 67',
    ip: '10.0.0.1',
  },
});
const messages = [
  makeMessage({
    id: 'e',
    role: 'system',
    authorName: null,
    text: '',
    event: { type: 'chat_closed', data: {} },
  }),
  makeMessage({
    text: 'Hi, I am mary.brown@example.org,\nphone 070-123 45 67',
    translations: { sv: 'Hej 0701234567' },
  }),
  makeMessage({
    id: 'a',
    role: 'agent',
    authorName: 'John Doe',
    text: 'Hello Mary',
    at: Date.parse('2026-11-02T10:01:00Z'),
  }),
  makeMessage({ id: 'n', role: 'bot', authorName: null, text: 'No time', at: null }),
];

describe('one transcript as text', () => {
  it('writes the header facts, then one line per message with date, time, offset and author', () => {
    const text = transcriptText(
      transcriptDocument(conversation, messages, { timeZone: 'Europe/Stockholm', redaction: noRedaction }),
    );
    expect(text).toBe(
      [
        'SnapEngage conversation case/7 ä with Mary Brown',
        'Vendor: SnapEngage',
        'Conversation: case/7 ä',
        'Status: answered',
        'Started: 2026-11-02T11:00:00+01:00',
        'Ended: 2026-11-02T11:05:00+01:00',
        'Duration: 5 min',
        'Visitor: Mary Brown',
        'E-mail: mary.brown@example.org',
        'Phone: +46 70 123 45 67',
        'Agents: John Doe',
        'Timezone: Europe/Stockholm',
        '',
        '2026-11-02 11:00:00 +01:00 System: Chat closed',
        '2026-11-02 11:00:00 +01:00 Mary Brown: Hi, I am mary.brown@example.org, phone 070-123 45 67 (sv: Hej 0701234567)',
        '2026-11-02 11:01:00 +01:00 John Doe: Hello Mary',
        'Bot: No time',
        '',
      ].join('\n'),
    );
  });

  it('redacts text and translations, and with the second option the visitor and their name as author', () => {
    const text = transcriptText(
      transcriptDocument(conversation, messages, {
        timeZone: 'UTC',
        redaction: { text: true, visitor: true },
      }),
    );
    expect(text).not.toMatch(/mary\.brown|Mary Brown|123 45 67|0701234567|10\.0\.0\.1/);
    expect(text).toContain(
      '2026-11-02 10:00:00 Z Visitor: Hi, I am [email], phone [phone] (sv: Hej [phone])',
    );
    expect(text).toContain('with Anonymous visitor');
    expect(text).toContain('Redaction: e-mails, phones, card numbers and visitor details removed');
    // The agent's own words are the agent's: redaction does not guess at names in free text.
    expect(text).toContain('John Doe: Hello Mary');
  });

  it('names the file after the vendor and conversation, safely', () => {
    expect(transcriptFileName(conversation, false)).toBe('backscroll_snapengage_case-7-_transcript.txt');
    expect(transcriptFileName({ vendor: 'livechat', id: 'PJ0MRSHTDG' }, true)).toBe(
      'backscroll_livechat_PJ0MRSHTDG_transcript_redacted.txt',
    );
  });
});
