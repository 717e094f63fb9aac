import { useEffect } from 'react';
import { buttonStyles } from '../../components/button-styles';
import type { ExportState } from './use-csv-export';
import { CloseIcon } from '../../components/icons';

const AUTO_DISMISS_MS = 8000;

/**
 * Where a running or finished export reports itself: a small card pinned to the bottom of the window, so
 * it never shifts the table. Progress and Cancel while it runs; the outcome after, kept in sight when
 * something needs attention (failures, a cancel), dismissed by itself when all went well.
 */
export function ExportStatus({
  state,
  onCancel,
  onDismiss,
}: {
  state: ExportState;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const cleanSuccess = state.phase === 'done' && state.unavailable === 0 && state.lacking === null;
  useEffect(() => {
    if (!cleanSuccess) return;
    const timer = setTimeout(onDismiss, AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [cleanSuccess, onDismiss]);

  if (state.phase === 'idle') return null;
  const running = state.phase === 'fetching' || state.phase === 'building';
  return (
    <div className="fixed inset-x-3 bottom-3 z-50 sm:inset-x-auto sm:right-4 sm:bottom-4 sm:w-96">
      <div
        // A live region, not role=status: the page's one status element is the conversation count.
        role="region"
        aria-live="polite"
        aria-label="Export"
        className={`flex items-start gap-3 rounded-lg border bg-white p-3 text-sm shadow-lg ${
          state.phase === 'failed'
            ? 'border-red-200'
            : state.phase === 'done' && state.lacking !== null
              ? 'border-amber-300'
              : 'border-slate-200'
        }`}
      >
        <div className="min-w-0 flex-1">
          <StatusText state={state} />
          {running && (
            <progress
              aria-label={
                state.phase === 'fetching'
                  ? 'Fetching transcripts'
                  : state.label
                    ? `Building ${state.label}`
                    : 'Building CSV'
              }
              max={Math.max(state.total, 1)}
              value={state.done}
              className="mt-2 h-1.5 w-full overflow-hidden rounded-full bg-slate-100 [&::-moz-progress-bar]:bg-indigo-600 [&::-webkit-progress-bar]:bg-slate-100 [&::-webkit-progress-value]:bg-indigo-600"
            />
          )}
        </div>
        {running ? (
          <button type="button" className={buttonStyles.secondary} onClick={onCancel}>
            Cancel
          </button>
        ) : (
          <button
            type="button"
            aria-label="Dismiss"
            onClick={onDismiss}
            className={`${buttonStyles.ghost} -m-1 size-7 px-0`}
          >
            <CloseIcon className="size-4" />
          </button>
        )}
      </div>
    </div>
  );
}

function StatusText({ state }: { state: ExportState }) {
  switch (state.phase) {
    case 'fetching':
      return (
        <p className="text-slate-800 tabular-nums">
          Fetching transcripts {state.done.toLocaleString()}/{state.total.toLocaleString()}…
        </p>
      );
    case 'building':
      return (
        <p className="text-slate-800 tabular-nums">
          Preparing {state.label ?? 'CSV'} {state.done.toLocaleString()}/{state.total.toLocaleString()}…
        </p>
      );
    case 'done':
      return (
        <>
          {/* "rows", not "conversations": the list's own count is the status that names conversations. */}
          <p className="font-medium text-slate-900">
            Downloaded {state.rows.toLocaleString()} {state.rows === 1 ? 'row' : 'rows'}
          </p>
          <p className="truncate text-xs text-slate-500" title={state.fileName}>
            {state.fileName}
          </p>
          {state.lacking !== null && (
            <p className="mt-1 text-xs text-amber-800">Not in the file: {state.lacking}.</p>
          )}
          {state.unavailable > 0 && (
            <p className="mt-1 text-xs text-amber-800">
              {state.unavailable.toLocaleString()} {state.unavailable === 1 ? 'transcript' : 'transcripts'}{' '}
              could not be fetched; {state.unavailableNote ?? 'their cells say why.'}
            </p>
          )}
        </>
      );
    case 'cancelled':
      return <p className="text-slate-800">Export cancelled. Nothing was downloaded.</p>;
    case 'failed':
      return (
        <p className="text-red-900">
          <span className="font-medium">The export failed.</span> {state.message}
        </p>
      );
    case 'idle':
      return null;
  }
}
