import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../model/describe-event';
import sample from './__fixtures__/chats-sample.json';
import { liveChatChatSchema } from './livechat-api';
import { mapLiveChatMessages } from './map-livechat-messages';

const sampleChat = sample.chats[0] as (typeof sample.chats)[number];
const messagesOf = (changes: Record<string, unknown>) =>
  mapLiveChatMessages(liveChatChatSchema.parse({ ...sampleChat, ...changes }));

describe('the LiveChat transcript', () => {
  it('reads the documented messages[] with epoch-second instants and user_type kept raw', () => {
    const messages = messagesOf({});
    expect(messages.map((message) => [message.role, message.roleRaw])).toEqual([
      ['agent', 'agent'],
      ['visitor', 'visitor'],
      ['agent', 'agent'],
      ['supervisor', 'supervisor'],
    ]);
    expect(messages[0]?.at).toBe((sampleChat.messages[0]?.timestamp ?? 0) * 1000);
  });

  it('prefers events[] and turns an event into a structured system event', () => {
    const messages = messagesOf({
      events: [
        { type: 'message', text: 'Hi', user_type: 'visitor', timestamp: 1358937653 },
        { type: 'event', event_type: 'closed', text: 'Chat closed', timestamp: 1358937700 },
      ],
    });
    expect(messages.map((message) => message.role)).toEqual(['visitor', 'system']);
    expect(messages[1]?.event?.type).toBe('closed');
  });

  it('spells a rating event as good or bad, so the one describe-event needs no LiveChat prefix', () => {
    const [rated] = messagesOf({
      events: [{ type: 'event', event_type: 'rating', rate: 'rated_good', timestamp: 1358937700 }],
    });
    expect(rated?.event?.data['rate']).toBe('good');
    expect(rated?.event && describeEvent(rated.event)).toBe('Visitor rated the chat: good');
  });

  it('keeps only http(s) links of attachments', () => {
    const [attachment] = messagesOf({
      events: [
        {
          type: 'attachment',
          user_type: 'visitor',
          timestamp: 1358937700,
          files: [
            'https://cdn.example.com/files/invoice%201.pdf',
            { name: 'x.html', url: 'javascript:alert(1)' },
          ],
        },
      ],
    });
    expect(attachment?.attachments).toEqual([
      { name: 'invoice 1.pdf', url: 'https://cdn.example.com/files/invoice%201.pdf', contentType: null },
      { name: 'x.html', url: null, contentType: null },
    ]);
  });
});
