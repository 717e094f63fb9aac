import { describe, expect, it } from 'vitest';
import { makeMessage } from '../testing/make-conversation';
import { heldSummary } from './message-summary';

const at = (seconds: number) => Date.parse('2026-11-02T10:00:00Z') + seconds * 1000;

describe('what a list row keeps of its messages', () => {
  it('keeps the card line, the visitor line and the first response the views show', () => {
    const messages = [
      makeMessage({ role: 'system', text: 'Chat started', at: at(0) }),
      makeMessage({
        role: 'agent',
        authorName: 'Bot-like Anna',
        text: '\n  Welcome!\nHow can I help?',
        at: at(1),
      }),
      makeMessage({ role: 'visitor', text: '  My invoice is wrong  ', at: at(10) }),
      makeMessage({ role: 'agent', authorName: ' Omar ', text: 'Let me look', at: at(52) }),
    ];
    expect(heldSummary(messages, 'livechat:aaaa')).toEqual({
      held: true,
      account: 'livechat:aaaa',
      firstLine: 'Welcome!',
      firstVisitorLine: 'My invoice is wrong',
      firstResponse: { seconds: 42, author: 'Omar' },
    });
  });

  it('says "No messages" and nothing more for a conversation without any', () => {
    expect(heldSummary([], 'imbox:bbbb')).toEqual({
      held: true,
      account: 'imbox:bbbb',
      firstLine: 'No messages',
      firstVisitorLine: null,
      firstResponse: null,
    });
  });
});
