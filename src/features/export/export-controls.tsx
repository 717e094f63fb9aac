import { useId, useMemo, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { buttonStyles } from '../../components/button-styles';
import type { DayRange } from '../../lib/date-range';
import type { Conversation, VendorId } from '../../model/conversation';
import { useExportOptions } from './export-options';
import { ExportOptionsMenu } from './export-options-menu';
import { ExportStatus } from './export-status';
import {
  countMissingTranscripts,
  lackingText,
  useCsvExport,
  type ExportState,
  type LackingVendor,
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
  /** Vendors of the view still loading or failed: exporting now asks first, and the result says so. */
  missing: ReadonlyArray<LackingVendor>;
  transcriptQueryFor: TranscriptQueryFor;
  /** The rows are not final yet (a search is still being answered): export waits for them. */
  pending?: boolean;
};

/**
 * "Export CSV": one click downloads what the table shows; its options sit in the chevron beside it, and
 * the other formats (Messages CSV, JSON Lines) in the "Formats" menu after that. While a vendor is loading
 * or failed, every format first asks, naming what the file would lack.
 */
export function ExportControls({
  conversations,
  range,
  vendors,
  missing,
  transcriptQueryFor,
  pending = false,
}: ExportControlsProps) {
  const [confirming, setConfirming] = useState<((lacking: ReadonlyArray<LackingVendor>) => void) | null>(
    null,
  );
  const startOrAsk = (run: (lacking: ReadonlyArray<LackingVendor>) => void) => {
    if (missing.length > 0) setConfirming(() => run);
    else run([]);
  };
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
        onClick={() => {
          startOrAsk((lacking) => {
            fileExport.dismiss();
            void csvExport.start({ conversations, range, vendors, options, timeZone, redaction, lacking });
          });
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
        onExport={(format) =>
          startOrAsk((lacking) => {
            csvExport.dismiss();
            void fileExport.start({
              format,
              conversations,
              range,
              vendors,
              timeZone,
              redaction,
              includeRaw: options.includeRaw,
              lacking,
            });
          })
        }
      />
      <ExportStatus state={state} onCancel={cancel} onDismiss={dismiss} />
      {confirming && (
        <PartialExportDialog
          count={conversations.length}
          lacking={missing}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            confirming(missing);
          }}
        />
      )}
    </div>
  );
}

/**
 * Asked before an export that would lack a vendor's rows (still loading, or failed): the file would look
 * complete once downloaded, so the lead decides with the vendors named.
 */
function PartialExportDialog({
  count,
  lacking,
  onCancel,
  onConfirm,
}: {
  count: number;
  lacking: ReadonlyArray<LackingVendor>;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const loading = lacking.some((item) => item.state === 'loading');
  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => !open && onCancel()}
      className="fixed inset-0 z-50 grid place-items-center bg-slate-900/30 p-3"
    >
      <Modal className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-4 shadow-xl">
        <Dialog role="alertdialog" className="outline-none">
          <Heading slot="title" className="text-base font-semibold text-slate-900">
            Export without some vendors?
          </Heading>
          <p className="mt-2 text-sm text-slate-700">
            The file would hold the {count.toLocaleString()} conversations shown now, without{' '}
            <span className="font-medium">{lackingText(lacking)}</span>.
            {loading && ' Waiting until loading finishes gives a complete file.'}
          </p>
          <div className="mt-4 flex justify-end gap-2">
            <button type="button" autoFocus className={buttonStyles.secondary} onClick={onCancel}>
              Cancel
            </button>
            <button type="button" className={buttonStyles.primary} onClick={onConfirm}>
              Export anyway
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function isRunning(state: ExportState): boolean {
  return state.phase === 'fetching' || state.phase === 'building';
}
