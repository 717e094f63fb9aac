import { describe, expect, it } from 'vitest';
import { ratingFromScore, ratingFromThumb } from './rating';

describe('rating rule', () => {
  it('maps thumbs to good and bad, keeping the raw value', () => {
    expect(ratingFromThumb('rated_good', true)).toEqual({ value: 'good', raw: 'rated_good', score: 1 });
    expect(ratingFromThumb('rated_bad', false)).toEqual({ value: 'bad', raw: 'rated_bad', score: 0 });
  });

  it.each([
    [1, 'bad'],
    [2, 'bad'],
    [3, 'neutral'],
    [4, 'good'],
    [5, 'good'],
  ] as const)('maps a score of %i to %s', (score, value) => {
    expect(ratingFromScore(score, score)?.value).toBe(value);
  });

  it('treats a score outside 1-5 as no rating', () => {
    expect(ratingFromScore(0, 0)).toBeNull();
    expect(ratingFromScore('9', 9)).toBeNull();
  });
});
