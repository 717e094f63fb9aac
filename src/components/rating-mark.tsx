import type { Rating, RatingValue } from '../model/conversation';
import { NeutralFaceIcon, ThumbIcon } from './icons';

const ratingWords: Readonly<Record<RatingValue, string>> = { good: 'Good', bad: 'Bad', neutral: 'Neutral' };

/** The tooltip keeps the vendor's own value beside the unified one ("Good (4)", "Bad (rated_bad)"). */
function ratingDetail(rating: Rating): string {
  return `${ratingWords[rating.value]} (${String(rating.raw)})`;
}

/** Thumbs up / down, a level line for neutral, a dash when unrated; screen readers hear the word. */
export function RatingMark({ rating }: { rating: Rating | null }) {
  if (rating === null) {
    return (
      <span className="text-slate-400">
        <span aria-hidden="true">–</span>
        <span className="sr-only">Not rated</span>
      </span>
    );
  }
  return (
    <span title={ratingDetail(rating)} className="inline-flex items-center justify-center align-middle">
      <RatingIcon value={rating.value} />
      <span className="sr-only">{ratingWords[rating.value]}</span>
    </span>
  );
}

function RatingIcon({ value }: { value: RatingValue }) {
  if (value === 'neutral') {
    return <NeutralFaceIcon className="size-4 text-amber-500" />;
  }
  return (
    <ThumbIcon className={`size-4 ${value === 'good' ? 'text-emerald-600' : 'rotate-180 text-red-500'}`} />
  );
}
