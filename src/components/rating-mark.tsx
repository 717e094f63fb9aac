import type { Rating, RatingValue } from '../model/conversation';

const ratingWords: Readonly<Record<RatingValue, string>> = { good: 'Good', bad: 'Bad', neutral: 'Neutral' };

// Thumb outline (Heroicons-like), drawn rather than an emoji so it looks the same on every system.
const THUMB =
  'M7 10v9H4.5A1.5 1.5 0 013 17.5v-6A1.5 1.5 0 014.5 10H7zm0 0l3.6-6.3a1.6 1.6 0 012.9 1.2L12.6 9h5a2 2 0 012 2.3l-1.1 6A2 2 0 0116.5 19H7';

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
    return (
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 text-amber-500">
        <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.75" />
        <path
          d="M8.5 14.5h7M9 9.5h.01M15 9.5h.01"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
    );
  }
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={`size-4 ${value === 'good' ? 'text-emerald-600' : 'rotate-180 text-red-500'}`}
    >
      <path d={THUMB} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinejoin="round" />
    </svg>
  );
}
