import { useEffect, useMemo, useRef } from 'react';
import {
  Button,
  Menu,
  MenuItem,
  MenuSection,
  MenuTrigger,
  Popover,
  Separator,
  type Selection,
} from 'react-aria-components';
import { buttonStyles } from '../../components/button-styles';
import { CheckIcon, DownloadIcon } from '../../components/icons';
import { filtersFromSearch, reportAudit } from '../../lib/audit-client';
import { useDisplayTimeZone } from '../../lib/display-time-zone';
import { isRedacting, useRedactionOptions } from '../../lib/redaction/redaction-options';
import { saveTextFile } from '../../lib/save-text-file';
import { transcriptDocument, transcriptFileName, transcriptText } from '../../lib/transcript-document';
import type { Conversation, Message } from '../../model/conversation';
import { PrintableTranscript } from './printable-transcript';
import { popoverSurface } from '../../components/popover-styles';

const itemStyles =
  'flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-1.5 text-sm text-slate-800 outline-none data-[focused]:bg-slate-100 data-[disabled]:cursor-not-allowed data-[disabled]:opacity-50';

/**
 * "Save" in the pane's header: download this one transcript as plain text, or print it, both with the
 * redaction options (shared with the export, remembered in this browser) that the same menu toggles.
 * While the messages are on screen a printable copy is kept ready, so the browser's own Print (Ctrl+P)
 * prints the transcript too; every download and print is recorded in the audit trail.
 */
export function TranscriptActions({
  conversation,
  messages,
}: {
  conversation: Conversation;
  /** The messages once loaded; null while they load or when there are none to have. */
  messages: ReadonlyArray<Message> | null;
}) {
  const timeZone = useDisplayTimeZone();
  const [redaction, setRedaction] = useRedactionOptions();
  const document = useMemo(
    () => (messages === null ? null : transcriptDocument(conversation, messages, { timeZone, redaction })),
    [conversation, messages, timeZone, redaction],
  );
  const redacted = isRedacting(redaction);
  const fileName = transcriptFileName(conversation, redacted);
  const printingFromMenu = useRef(false);

  const report = (format: 'transcript-text' | 'transcript-print') =>
    reportAudit({
      action: 'export',
      detail: {
        format,
        filters: filtersFromSearch(window.location.search),
        rows: 1,
        redaction: redacted,
        fileName: format === 'transcript-text' ? fileName : fileName.replace(/\.txt$/, ' (printed)'),
      },
    });
  const reportRef = useRef(report);
  useEffect(() => {
    reportRef.current = report;
  });

  // The browser's own Print (menu or Ctrl+P) prints the ready copy: record it like the menu's Print.
  const ready = document !== null;
  useEffect(() => {
    if (!ready) return;
    const onBeforePrint = () => {
      if (!printingFromMenu.current) reportRef.current('transcript-print');
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, [ready]);

  const selected = new Set<string>([
    ...(redaction.text ? ['redact-text'] : []),
    ...(redaction.visitor ? ['redact-visitor'] : []),
  ]);
  const onSelectionChange = (keys: Selection) => {
    const all = keys === 'all';
    setRedaction({
      text: all || keys.has('redact-text'),
      visitor: all || keys.has('redact-visitor'),
    });
  };

  return (
    <>
      <MenuTrigger>
        <Button
          aria-label="Save or print transcript"
          className={`${buttonStyles.ghost} size-8 shrink-0 px-0`}
        >
          <DownloadIcon className="size-4" />
        </Button>
        <Popover placement="bottom end" offset={4} className={`z-40 w-72 p-1 ${popoverSurface}`}>
          <Menu
            aria-label="Save or print transcript"
            className="outline-none"
            disabledKeys={ready ? [] : ['download', 'print']}
            onAction={(key) => {
              if (!document) return;
              if (key === 'download') {
                saveTextFile(transcriptText(document), fileName);
                report('transcript-text');
              } else if (key === 'print') {
                printingFromMenu.current = true;
                // Synchronous in browsers: returns when the print dialog closes.
                window.print();
                printingFromMenu.current = false;
                report('transcript-print');
              }
            }}
          >
            <MenuSection>
              <MenuItem id="download" className={itemStyles}>
                Download as text
              </MenuItem>
              <MenuItem id="print" className={itemStyles}>
                Print
              </MenuItem>
            </MenuSection>
            <Separator className="my-1 h-px bg-slate-100" />
            <MenuSection
              aria-label="Redaction"
              selectionMode="multiple"
              selectedKeys={selected}
              onSelectionChange={onSelectionChange}
            >
              <MenuItem
                id="redact-text"
                textValue="Redact e-mails, phones and card numbers"
                className={itemStyles}
              >
                {({ isSelected }) => (
                  <>
                    <CheckMark on={isSelected} />
                    Redact e-mails, phones and card numbers
                  </>
                )}
              </MenuItem>
              <MenuItem id="redact-visitor" textValue="Blank visitor details" className={itemStyles}>
                {({ isSelected }) => (
                  <>
                    <CheckMark on={isSelected} />
                    Blank visitor details
                  </>
                )}
              </MenuItem>
            </MenuSection>
          </Menu>
        </Popover>
      </MenuTrigger>
      {document && <PrintableTranscript document={document} />}
    </>
  );
}

function CheckMark({ on }: { on: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`flex size-4 shrink-0 items-center justify-center rounded border ${on ? 'border-indigo-600 bg-indigo-600 text-white' : 'border-slate-400 bg-white'}`}
    >
      {on && <CheckIcon className="size-3" />}
    </span>
  );
}
