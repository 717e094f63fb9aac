import type { Rating } from '../model/conversation';

const ratingWords = { good: 'Good', bad: 'Bad', neutral: 'Neutral' } as const;
const ratingSymbols = { good: '👍', bad: '👎', neutral: '😐' } as const;

/** The tooltip keeps the vendor's own value beside the unified one ("Good (4)", "Bad (rated_bad)"). */
function ratingDetail(rating: Rating): string {
  return `${ratingWords[rating.value]} (${String(rating.raw)})`;
}

/** 👍 / 👎 / 😐, or a dash when the visitor did not rate; screen readers hear the word instead. */
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
    <span title={ratingDetail(rating)}>
      <span aria-hidden="true">{ratingSymbols[rating.value]}</span>
      <span className="sr-only">{ratingWords[rating.value]}</span>
    </span>
  );
}
