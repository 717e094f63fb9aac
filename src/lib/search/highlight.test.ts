import { describe, expect, it } from 'vitest';
import { emptyVisitor } from '../../model/conversation';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { findSnippet, markParts, matchRanges } from './highlight';
import { parseSearchQuery } from './parse-query';

function marked(text: string, search: string): string {
  return markParts(text, matchRanges(text, parseSearchQuery(search)))
    .map((part) => (part.marked ? `[${part.text}]` : part.text))
    .join('');
}

describe('highlighting matches', () => {
  it('marks every place a word appears, in the original spelling', () => {
    expect(marked('Müller called Herr MULLER', 'muller')).toBe('[Müller] called Herr [MULLER]');
    expect(marked('São Paulo', 'sao paulo')).toBe('[São] [Paulo]');
    expect(marked('São Paulo', '"sao paulo"')).toBe('[São Paulo]');
  });

  it('merges overlapping matches and leaves text without a match alone', () => {
    expect(marked('refunded', 'refund fund')).toBe('[refund]ed');
    expect(marked('nothing here', 'refund')).toBe('nothing here');
  });

  it('keeps accents written as combining marks inside the mark', () => {
    expect(marked('Mu\u0308ller!', 'muller')).toBe('[Mu\u0308ller]!');
  });
});

describe('the snippet of a matching row', () => {
  const conversation = makeConversation({
    visitor: { ...emptyVisitor, name: 'Refund Robot', email: 'x@example.org' },
    messages: [
      makeMessage({ id: 'm1', text: 'Hello there' }),
      makeMessage({
        id: 'm2',
        text: 'We have been customers for a very long time and now I would like a refund for the double charge',
      }),
    ],
  });

  it('shows the first message that matches, cut to start near the match', () => {
    const snippet = findSnippet(conversation, parseSearchQuery('refund'));
    expect(snippet?.field).toMatchObject({ kind: 'message', messageIndex: 1 });
    expect(snippet?.cutBefore).toBe(true);
    const text = snippet?.parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');
    expect(text).toBe('time and now I would like a [refund] for the double charge');
  });

  it('falls back to a visitor field, and is null without a match', () => {
    expect(findSnippet(conversation, parseSearchQuery('robot'))?.field).toMatchObject({ label: 'Name' });
    expect(findSnippet(conversation, parseSearchQuery('zebra'))).toBeNull();
    expect(findSnippet(conversation, parseSearchQuery(''))).toBeNull();
  });
});
