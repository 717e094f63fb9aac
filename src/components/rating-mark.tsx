import type { Conversation, Rating, RatingValue } from '../model/conversation';
import { ratingGap } from '../model/value-gap';
import { NeutralFaceIcon, ThumbIcon } from './icons';

const ratingWords: Readonly<Record<RatingValue, string>> = { good: 'Good', bad: 'Bad', neutral: 'Neutral' };

/** The tooltip keeps the vendor's own value beside the unified one ("Good (4)", "Bad (rated_bad)"). */
function ratingDetail(rating: Rating): string {
  return `${ratingWords[rating.value]} (${String(rating.raw)})`;
}

/**
 * Thumbs up / down, a level line for neutral, "Unrated" when the vendor rates but nobody did, "n/a" when
 * the vendor never rates (the tooltip and screen readers say which vendor); screen readers hear words.
 */
export function RatingMark({ conversation }: { conversation: Pick<Conversation, 'vendor' | 'rating'> }) {
  const { rating } = conversation;
  if (rating === null) {
    const gap = ratingGap(conversation);
    if (gap.kind === 'not-provided') {
      return (
        <span title={gap.sentence} className="text-xs text-slate-600 italic">
          <span aria-hidden="true">n/a</span>
          <span className="sr-only">{gap.sentence}</span>
        </span>
      );
    }
    return (
      <span title="Unrated: the visitor gave no rating" className="text-xs text-slate-600">
        Unrated
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
