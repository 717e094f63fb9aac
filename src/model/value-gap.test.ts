import { describe, expect, it } from 'vitest';
import { ratingFromThumb } from './rating';
import { classifyGap, messageCountGap, ratingGap } from './value-gap';

describe('naming a gap', () => {
  it('tells a value the vendor never provides from none and from unknown', () => {
    const base = { notProvidedSentence: 'X does not rate chats' };
    expect(classifyGap({ ...base, present: true, provided: true, known: true })).toEqual({ kind: 'value' });
    expect(classifyGap({ ...base, present: false, provided: false, known: true })).toEqual({
      kind: 'not-provided',
      sentence: 'X does not rate chats',
    });
    expect(classifyGap({ ...base, present: false, provided: true, known: true })).toEqual({ kind: 'none' });
    expect(classifyGap({ ...base, present: false, provided: true, known: false })).toEqual({
      kind: 'unknown',
    });
  });

  it('says Social Intents does not rate chats, and a LiveChat chat without a rating is unrated', () => {
    expect(ratingGap({ vendor: 'socialintents', rating: null })).toEqual({
      kind: 'not-provided',
      sentence: 'Social Intents does not rate chats',
    });
    expect(ratingGap({ vendor: 'livechat', rating: null })).toEqual({ kind: 'none' });
    expect(ratingGap({ vendor: 'livechat', rating: ratingFromThumb('rated_good', true) })).toEqual({
      kind: 'value',
    });
  });

  it('calls a message count that is not in the list unknown, not zero', () => {
    expect(messageCountGap({ messageCount: null })).toEqual({ kind: 'unknown' });
    expect(messageCountGap({ messageCount: 0 })).toEqual({ kind: 'value' });
  });
});
