import type { Rating } from '../../model/conversation';
import { ratingFromThumb } from '../../model/rating';

/** `rate`: `rated_good` / `rated_bad` are thumbs; `not_rated` or anything else is no rating (rest-v2 doc, "rate"). */
export function mapLiveChatRating(rate: string | null | undefined): Rating | null {
  switch (rate) {
    case 'rated_good':
      return ratingFromThumb(rate, true);
    case 'rated_bad':
      return ratingFromThumb(rate, false);
    default:
      return null;
  }
}
