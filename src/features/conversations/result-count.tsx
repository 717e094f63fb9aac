import { conversationsText } from './format';
import { missingClauses, type MissingVendor } from './partial-count';

/**
 * How many conversations match, announced politely as it changes (role="status"), and what the number
 * lacks: "935 conversations · LiveChat failed, not included" (partial-count.ts words it).
 */
export function ResultCount({
  count,
  starting,
  missing,
  searching = false,
}: {
  count: number;
  /** The server has not said yet which vendors there are. */
  starting: boolean;
  missing: ReadonlyArray<MissingVendor>;
  /** The search worker has not answered the current search yet: the count may still change. */
  searching?: boolean;
}) {
  return (
    <p role="status" className="text-sm text-slate-600 tabular-nums">
      {starting ? (
        <span>Loading…</span>
      ) : (
        <>
          {searching && <span className="text-slate-500">Searching… </span>}
          <span className="font-medium whitespace-nowrap text-slate-800">{conversationsText(count)}</span>
          {missingClauses(missing).map((clause) => (
            <span
              key={clause.text}
              className={clause.failure ? 'font-medium text-red-800' : 'text-slate-600'}
            >
              {' · '}
              {clause.text}
            </span>
          ))}
        </>
      )}
    </p>
  );
}
