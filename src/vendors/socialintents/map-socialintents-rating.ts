import type { Rating } from '../../model/conversation';
import { ratingFromScore, ratingFromThumb } from '../../model/rating';

/**
 * Ratings are not documented for Social Intents chats. Some accounts may still send a `rating`: a 1-5
 * score (number or numeric string) or a thumb in words. Anything else is treated as unrated.
 */
const THUMB_UP = new Set(['good', 'positive', 'up', 'thumbsup', 'thumbup', 'ratedgood']);
const THUMB_DOWN = new Set(['bad', 'negative', 'down', 'thumbsdown', 'thumbdown', 'ratedbad']);

export function mapSocialIntentsRating(raw: string | number | null | undefined): Rating | null {
  if (raw == null) return null;
  if (typeof raw === 'number') return ratingFromScore(raw, raw);
  const trimmed = raw.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return ratingFromScore(raw, Number(trimmed));
  const word = trimmed.toLowerCase().replace(/[^a-z]/g, '');
  if (THUMB_UP.has(word)) return ratingFromThumb(raw, true);
  if (THUMB_DOWN.has(word)) return ratingFromThumb(raw, false);
  return null;
}
