import { describe, expect, it } from 'vitest';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { firstLine } from './first-line';

describe('a card’s first line', () => {
  it('is the first non-empty line of the first message that is not a system event', () => {
    const conversation = makeConversation({
      messages: [
        makeMessage({ role: 'system', text: 'Visitor joined' }),
        makeMessage({ role: 'visitor', text: '\n  Hi, my invoice is wrong  \nsecond line' }),
      ],
    });
    expect(firstLine(conversation)).toBe('Hi, my invoice is wrong');
  });

  it('says when there are no messages, and is null when the list carries none', () => {
    expect(firstLine(makeConversation({ messages: [] }))).toBe('No messages');
    expect(firstLine(makeConversation({ messages: null }))).toBeNull();
  });
});
