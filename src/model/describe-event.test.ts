import { describe, expect, it } from 'vitest';
import { describeEvent, humanize } from './describe-event';

describe('system events in words', () => {
  it('says on which page an ImBox visitor joined (the documented grabConversation system message)', () => {
    // The message field `{"type":"visitorJoin","currentPage":"https://example.org/support"}`, parsed.
    const data = { type: 'visitorJoin', currentPage: 'https://example.org/support' };
    expect(describeEvent({ type: 'visitorJoin', data })).toBe(
      'Visitor joined on https://example.org/support',
    );
  });

  it('still reads well when the join event names no page', () => {
    expect(describeEvent({ type: 'visitorJoin', data: {} })).toBe('Visitor joined');
    expect(describeEvent({ type: 'visitorJoin', data: { currentPage: { href: 'x' } } })).toBe(
      'Visitor joined',
    );
  });

  it('reads ImBox chatClosed and LiveChat closed events as the same sentence', () => {
    expect(describeEvent({ type: 'chatClosed', data: {} })).toBe('Chat closed');
    expect(describeEvent({ type: 'closed', data: { event_type: 'closed' } })).toBe('Chat closed');
    expect(describeEvent({ type: 'chat_closed', data: { by: 'Sofia Lind' } })).toBe(
      'Chat closed by Sofia Lind',
    );
  });

  it('names who a chat was transferred to and from', () => {
    expect(describeEvent({ type: 'transfer', data: { from: 'James Carter', to: 'Sofia Lind' } })).toBe(
      'Transferred from James Carter to Sofia Lind',
    );
    expect(describeEvent({ type: 'chat_transferred', data: {} })).toBe('Transferred');
  });

  it('says what rating was given', () => {
    expect(describeEvent({ type: 'rating', data: { rating: 'good' } })).toBe('Visitor rated the chat: good');
    expect(describeEvent({ type: 'chatRated', data: { score: 4 } })).toBe('Visitor rated the chat: 4');
  });

  it('humanizes an unknown type and lists its simple data values, never JSON', () => {
    const text = describeEvent({
      type: 'agentHandover',
      data: {
        toAgent: 'Sofia',
        queue: 3,
        urgent: true,
        nested: { secret: 'x' },
        blank: '',
        list: ['a', 'b'],
      },
    });
    expect(text).toBe('Agent handover (toAgent: Sofia, queue: 3, urgent: yes, list: a, b)');
    expect(text).not.toMatch(/[{}]/);
  });

  it('does not repeat the type among the data values', () => {
    expect(describeEvent({ type: 'queue_full', data: { type: 'queue_full' } })).toBe('Queue full');
  });

  it('gives a readable name even for an empty type', () => {
    expect(describeEvent({ type: '', data: {} })).toBe('System event');
  });
});

describe('humanize', () => {
  it('splits camelCase, snake_case and kebab-case', () => {
    expect(humanize('agentTransfer')).toBe('Agent transfer');
    expect(humanize('manual_archived_customer')).toBe('Manual archived customer');
    expect(humanize('chat-rated')).toBe('Chat rated');
  });
});
