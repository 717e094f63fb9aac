import { useId, useMemo } from 'react';
import { buttonStyles } from '../../components/button-styles';
import type { DayRange } from '../../lib/date-range';
import type { Conversation, VendorId } from '../../model/conversation';
import { useExportOptions } from './export-options';
import { ExportOptionsMenu } from './export-options-menu';
import { ExportStatus } from './export-status';
import {
  countMissingTranscripts,
  useCsvExport,
  type ExportState,
  type TranscriptQueryFor,
} from './use-csv-export';
import { DownloadIcon } from '../../components/icons';
import { useDisplayTimeZone } from '../../lib/display-time-zone';
import { useRedactionOptions } from '../../lib/redaction/redaction-options';
import { ExportFormatsMenu } from './export-formats-menu';
import { useFileExport } from './use-file-export';

export type ExportControlsProps = {
  /** Every conversation matching the current filters, in the table's order. */
  conversations: ReadonlyArray<Conversation>;
  range: DayRange;
  /** The vendors in the current filter (all loaded ones without a vendor filter): they name the file. */
  vendors: ReadonlyArray<VendorId>;
  transcriptQueryFor: TranscriptQueryFor;
};

/**
 * "Export CSV": one click downloads what the table shows; its options sit in the chevron beside it, and
 * the other formats (Messages CSV, JSON Lines) in the "Formats" menu after that.
 */
export function ExportControls({ conversations, range, vendors, transcriptQueryFor }: ExportControlsProps) {
  const [options, setOptions] = useExportOptions();
  const [redaction, setRedaction] = useRedactionOptions();
  const timeZone = useDisplayTimeZone();
  const csvExport = useCsvExport(transcriptQueryFor);
  const fileExport = useFileExport(transcriptQueryFor);
  // One export runs at a time; the card shows the one that was started last and is not dismissed.
  const { state, cancel, dismiss } = fileExport.state.phase === 'idle' ? csvExport : fileExport;
  const reasonId = useId();
  const running = isRunning(csvExport.state) || isRunning(fileExport.state);
  const empty = conversations.length === 0;
  const missingTranscripts = useMemo(
    () => (options.includeTranscripts ? countMissingTranscripts(conversations, transcriptQueryFor) : 0),
    [conversations, options.includeTranscripts, transcriptQueryFor],
  );
  const reason = empty
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
        onClick={() => {
          fileExport.dismiss();
          void csvExport.start({ conversations, range, vendors, options, timeZone, redaction });
        }}
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
        redaction={redaction}
        onRedactionChange={setRedaction}
        missingTranscripts={missingTranscripts}
        disabled={running}
      />
      <ExportFormatsMenu
        disabled={reason !== null}
        onExport={(format) => {
          csvExport.dismiss();
          void fileExport.start({
            format,
            conversations,
            range,
            vendors,
            timeZone,
            redaction,
            includeRaw: options.includeRaw,
          });
        }}
      />
      <ExportStatus state={state} onCancel={cancel} onDismiss={dismiss} />
    </div>
  );
}

function isRunning(state: ExportState): boolean {
  return state.phase === 'fetching' || state.phase === 'building';
}
