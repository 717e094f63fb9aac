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
}: {
  count: number;
  /** The server has not said yet which vendors there are. */
  starting: boolean;
  missing: ReadonlyArray<MissingVendor>;
}) {
  return (
    <p role="status" className="text-sm text-slate-600 tabular-nums">
      {starting ? (
        <span>Loading…</span>
      ) : (
        <>
          <span className="font-medium whitespace-nowrap text-slate-800">{conversationsText(count)}</span>
          {missingClauses(missing).map((clause) => (
            <span
              key={clause}
              className={clause.endsWith('not included') ? 'font-medium text-red-800' : 'text-slate-600'}
            >
              {' · '}
              {clause}
            </span>
          ))}
        </>
      )}
    </p>
  );
}
