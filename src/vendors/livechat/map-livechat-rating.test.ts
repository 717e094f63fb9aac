import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/chats-sample.json';
import { mapLiveChatRating } from './map-livechat-rating';

describe('the LiveChat rating (`rate`)', () => {
  it('reads the documented sample`s not_rated as no rating', () => {
    expect(mapLiveChatRating(sample.chats[0]?.rate)).toBeNull();
  });

  it('turns rated_good and rated_bad into thumbs, keeping the raw value', () => {
    expect(mapLiveChatRating('rated_good')).toEqual({ value: 'good', raw: 'rated_good', score: 1 });
    expect(mapLiveChatRating('rated_bad')).toEqual({ value: 'bad', raw: 'rated_bad', score: 0 });
  });

  it('reads anything undocumented as no rating', () => {
    expect(mapLiveChatRating('rated')).toBeNull();
    expect(mapLiveChatRating(null)).toBeNull();
  });
});
