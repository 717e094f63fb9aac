import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/chat-history-v1-sample.json';
import { mapSocialIntentsRating } from './map-socialintents-rating';

describe('the Social Intents rating (undocumented for chats)', () => {
  it('reads the documented sample, which has none, as unrated', () => {
    expect('rating' in (sample.chats[0] ?? {})).toBe(false);
    expect(mapSocialIntentsRating(undefined)).toBeNull();
  });

  it('reads a 1-5 score, as a number or numeric text, keeping the raw value', () => {
    expect(mapSocialIntentsRating(5)).toEqual({ value: 'good', raw: 5, score: 5 });
    expect(mapSocialIntentsRating(' 3 ')).toEqual({ value: 'neutral', raw: ' 3 ', score: 3 });
    expect(mapSocialIntentsRating('1')).toEqual({ value: 'bad', raw: '1', score: 1 });
  });

  it('reads thumbs in words and anything else as unrated', () => {
    expect(mapSocialIntentsRating('Thumbs up')?.value).toBe('good');
    expect(mapSocialIntentsRating('rated_bad')?.value).toBe('bad');
    expect(mapSocialIntentsRating('meh')).toBeNull();
    expect(mapSocialIntentsRating(9)).toBeNull();
  });
});
