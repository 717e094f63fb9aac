import { conversationsText } from './format';

/** How many conversations match, announced politely as it changes (role="status"). */
export function ResultCount({
  count,
  loading,
  searching = false,
}: {
  count: number;
  loading: boolean;
  /** The search worker has not answered the current search yet: the count may still change. */
  searching?: boolean;
}) {
  const counted = (
    <span className="font-medium whitespace-nowrap text-slate-800">{conversationsText(count)}</span>
  );
  return (
    <p role="status" className="text-sm text-slate-600 tabular-nums">
      {loading || searching ? (
        <>
          <span className="text-slate-500">{searching ? 'Searching…' : 'Loading…'}</span> {counted} so far
        </>
      ) : (
        counted
      )}
    </p>
  );
}
