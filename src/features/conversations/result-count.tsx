import { conversationsText } from './format';

/** How many conversations match, announced politely as it changes (role="status"). */
export function ResultCount({ count, loading }: { count: number; loading: boolean }) {
  const counted = (
    <span className="font-medium whitespace-nowrap text-slate-800">{conversationsText(count)}</span>
  );
  return (
    <p role="status" className="text-sm text-slate-600 tabular-nums">
      {loading ? (
        <>
          <span className="text-slate-500">Loading…</span> {counted} so far
        </>
      ) : (
        counted
      )}
    </p>
  );
}
