import { useAllLoadProgress } from '../../lib/progress-store';
import type { VendorLoad } from './use-conversations';
import { overallProgress } from './overall-progress';

/**
 * The one place that shows how far the whole view's load is: a thin bar along the top of the results,
 * moving as each vendor's pages arrive (the chips in the header say which vendor is where).
 */
export function OverallProgressBar({ vendors }: { vendors: ReadonlyArray<VendorLoad> }) {
  const pages = useAllLoadProgress();
  const progress = overallProgress(vendors, pages);
  if (progress === null) return <div aria-hidden="true" className="h-0.5" />;
  const percent = Math.round(progress.fraction * 100);
  return (
    <div
      role="progressbar"
      aria-label={`Loading conversations: ${progress.settled} of ${progress.total} vendors done`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="h-0.5 bg-indigo-100"
    >
      {/* No transition on the width: the bar moves four times a second, so an eased width would lay out and
          draw the page in nearly every frame of the whole load (see vendor-status-strip.tsx). */}
      <div className="h-full bg-indigo-500" style={{ width: `${percent}%` }} />
    </div>
  );
}
