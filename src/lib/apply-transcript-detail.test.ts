import { messagesOf } from '../testing/messages-of';
import { describe, expect, it } from 'vitest';
import { emptyVisitor, type TranscriptDetail } from '../model/conversation';
import { makeConversation, makeMessage } from '../testing/make-conversation';
import { applyTranscriptDetail } from './apply-transcript-detail';

function detail(overrides: Partial<TranscriptDetail> = {}): TranscriptDetail {
  return {
    messages: [makeMessage({ id: 'a' }), makeMessage({ id: 'b', role: 'agent', authorName: 'John' })],
    visitor: {},
    tags: [],
    labels: [],
    details: [],
    raw: {},
    ...overrides,
  };
}

describe('folding a fetched transcript into its conversation', () => {
  const listed = makeConversation({
    vendor: 'imbox',
    id: 'V1',
    messages: null,
    messageCount: null,
    visitor: { ...emptyVisitor, email: 'mary@example.org', pageUrl: 'https://example.org/' },
    tags: ['billing'],
    labels: [{ name: 'Support', value: 'Support' }],
  });

  it('carries the messages and their count', () => {
    const merged = applyTranscriptDetail(listed, detail());
    expect(messagesOf(merged).map((message) => message.id)).toEqual(['a', 'b']);
    expect(merged.messageCount).toBe(2);
  });

  it('fills visitor fields the list lacked and keeps those the transcript does not name', () => {
    const merged = applyTranscriptDetail(
      listed,
      detail({ visitor: { name: 'John Doe', location: '', email: null } }),
    );
    expect(merged.visitor.name).toBe('John Doe');
    expect(merged.visitor.email).toBe('mary@example.org');
    expect(merged.visitor.pageUrl).toBe('https://example.org/');
    expect(merged.visitor.location).toBeNull();
  });

  it('adds tags and labels without repeating the ones already listed', () => {
    const merged = applyTranscriptDetail(
      listed,
      detail({
        tags: ['billing', 'Custom tag'],
        labels: [
          { name: 'Support', value: 'Support' },
          { name: 'BankId Verified', value: 'BankId Verified' },
        ],
      }),
    );
    expect(merged.tags).toEqual(['billing', 'Custom tag']);
    expect(merged.labels.map((label) => label.name)).toEqual(['Support', 'BankId Verified']);
  });

  it('leaves the listed conversation untouched', () => {
    applyTranscriptDetail(listed, detail({ visitor: { name: 'John Doe' }, tags: ['x'] }));
    expect(listed.visitor.name).toBeNull();
    expect(listed.tags).toEqual(['billing']);
    expect(listed.messages).toBeNull();
  });
});
