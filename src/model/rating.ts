import type { Rating } from './conversation';

/**
 * The one rating rule across vendors: thumbs up/down map to good/bad; a 1-5 score maps 4-5 good,
 * 3 neutral, 1-2 bad. The vendor's raw value and the score stay beside the unified value.
 */
export function ratingFromThumb(raw: string | number, thumbUp: boolean): Rating {
  return { value: thumbUp ? 'good' : 'bad', raw, score: thumbUp ? 1 : 0 };
}

/** Returns null for a score outside 1-5, which no vendor documents; callers treat that as unrated. */
export function ratingFromScore(raw: string | number, score: number): Rating | null {
  if (!Number.isFinite(score) || score < 1 || score > 5) return null;
  if (score >= 4) return { value: 'good', raw, score };
  if (score >= 3) return { value: 'neutral', raw, score };
  return { value: 'bad', raw, score };
}
