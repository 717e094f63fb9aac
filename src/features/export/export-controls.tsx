import { useId, useMemo } from 'react';
import { buttonStyles } from '../../components/button-styles';
import type { DayRange } from '../../lib/date-range';
import type { Conversation, VendorId } from '../../model/conversation';
import { useExportOptions } from './export-options';
import { ExportOptionsMenu } from './export-options-menu';
import { ExportStatus } from './export-status';
import { countMissingTranscripts, useCsvExport, type TranscriptQueryFor } from './use-csv-export';
import { DownloadIcon } from '../../components/icons';

export type ExportControlsProps = {
  /** Every conversation matching the current filters, in the table's order. */
  conversations: ReadonlyArray<Conversation>;
  range: DayRange;
  /** The vendors in the current filter (all loaded ones without a vendor filter): they name the file. */
  vendors: ReadonlyArray<VendorId>;
  transcriptQueryFor: TranscriptQueryFor;
  /** The rows are not final yet (a search is still being answered): export waits for them. */
  pending?: boolean;
};

/** "Export CSV": one click downloads what the table shows; its options sit in the chevron beside it. */
export function ExportControls({
  conversations,
  range,
  vendors,
  transcriptQueryFor,
  pending = false,
}: ExportControlsProps) {
  const [options, setOptions] = useExportOptions();
  const { state, start, cancel, dismiss } = useCsvExport(transcriptQueryFor);
  const reasonId = useId();
  const running = state.phase === 'fetching' || state.phase === 'building';
  const empty = conversations.length === 0;
  const missingTranscripts = useMemo(
    () => (options.includeTranscripts ? countMissingTranscripts(conversations, transcriptQueryFor) : 0),
    [conversations, options.includeTranscripts, transcriptQueryFor],
  );
  const reason = pending
    ? 'Searching: the export waits for the search to finish.'
    : empty
      ? 'Nothing to export: no conversations match the current filters.'
      : running
        ? 'An export is already running.'
        : null;

  return (
    <div className="flex shrink-0 items-center">
      <button
        type="button"
        disabled={reason !== null}
        title={reason ?? `Download ${conversations.length.toLocaleString()} conversations as CSV`}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => void start({ conversations, range, vendors, options })}
        className={`${buttonStyles.secondary} rounded-r-none border-r-0`}
      >
        <DownloadIcon className="size-4 text-slate-500" />
        Export CSV
      </button>
      {reason && (
        <span id={reasonId} className="sr-only">
          {reason}
        </span>
      )}
      <ExportOptionsMenu
        options={options}
        onChange={setOptions}
        missingTranscripts={missingTranscripts}
        disabled={running}
      />
      <ExportStatus state={state} onCancel={cancel} onDismiss={dismiss} />
    </div>
  );
}
