import { conversationsText } from './format';

/** How many conversations match, announced politely as it changes (role="status"). */
export function ResultCount({ count, loading }: { count: number; loading: boolean }) {
  return (
    <p role="status" className="text-sm text-slate-600 tabular-nums">
      {loading ? (
        <>
          <span className="text-slate-500">Loading…</span>{' '}
          <span className="font-medium text-slate-800">{conversationsText(count)}</span> so far
        </>
      ) : (
        <span className="font-medium text-slate-800">{conversationsText(count)}</span>
      )}
    </p>
  );
}
