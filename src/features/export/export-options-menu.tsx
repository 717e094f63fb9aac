import { useId } from 'react';
import { Button, Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { buttonStyles } from '../../components/button-styles';
import { ChevronDownIcon } from '../../components/icons';
import type { RedactionOptions } from '../../lib/redaction/redaction-options';
import type { ExportOptions } from './export-options';
import { popoverSurface } from '../../components/popover-styles';

/**
 * The chevron beside "Export CSV": a small popover with the export options, so the toolbar stays one button
 * wide on a phone. React Aria's popover closes it on Escape (without closing the transcript pane behind)
 * and on outside clicks, and returns focus to the chevron. The options are plain checkboxes: settings,
 * not commands, so a dialog of form fields rather than a menu.
 */
export function ExportOptionsMenu({
  options,
  onChange,
  redaction,
  onRedactionChange,
  missingTranscripts,
  disabled,
}: {
  options: ExportOptions;
  onChange: (change: Partial<ExportOptions>) => void;
  redaction: RedactionOptions;
  onRedactionChange: (change: Partial<RedactionOptions>) => void;
  missingTranscripts: number;
  disabled: boolean;
}) {
  const active =
    options.excelBom ||
    options.includeTranscripts ||
    options.includeRaw ||
    redaction.text ||
    redaction.visitor;
  return (
    <DialogTrigger>
      <Button
        aria-label="Export options"
        isDisabled={disabled}
        className={`${buttonStyles.secondary} relative rounded-l-none px-1.5`}
      >
        <ChevronDownIcon className="size-4 text-slate-500" />
        {active && (
          <span aria-hidden="true" className="absolute top-1 right-1 size-1.5 rounded-full bg-indigo-600" />
        )}
      </Button>
      <Popover placement="bottom end" offset={4} className={`z-30 w-72 p-1 ${popoverSurface}`}>
        <Dialog aria-label="Export options" className="outline-none">
          <OptionCheckbox
            label="Excel (BOM)"
            hint="Lets Excel open accents and non-Latin names correctly."
            checked={options.excelBom}
            onChange={(checked) => onChange({ excelBom: checked })}
          />
          <OptionCheckbox
            label="Include transcripts"
            hint={
              missingTranscripts > 0
                ? `Adds a transcript column. ${missingTranscripts.toLocaleString()} transcripts are fetched first.`
                : 'Adds a transcript column with every message.'
            }
            checked={options.includeTranscripts}
            onChange={(checked) => onChange({ includeTranscripts: checked })}
          />
          <div role="separator" className="my-1 h-px bg-slate-100" />
          <OptionCheckbox
            label="Redact e-mails, phones and card numbers"
            hint="In message text and translations, in every format and in a downloaded or printed transcript."
            checked={redaction.text}
            onChange={(checked) => onRedactionChange({ text: checked })}
          />
          <OptionCheckbox
            label="Blank visitor details"
            hint="Also leaves out the visitor's name, e-mail, phone and IP address."
            checked={redaction.visitor}
            onChange={(checked) => onRedactionChange({ visitor: checked })}
          />
          <div role="separator" className="my-1 h-px bg-slate-100" />
          <OptionCheckbox
            label="Include vendor payload (JSON Lines)"
            hint={
              redaction.text || redaction.visitor
                ? 'Left out while redacting: the payload holds the same personal data.'
                : "Adds each conversation's raw vendor data as `raw`."
            }
            checked={options.includeRaw}
            onChange={(checked) => onChange({ includeRaw: checked })}
          />
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

function OptionCheckbox({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = useId();
  return (
    <label className="flex cursor-pointer items-start gap-2.5 rounded-md px-2.5 py-2 hover:bg-slate-50">
      <input
        type="checkbox"
        checked={checked}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.checked)}
        className="mt-0.5 size-4 shrink-0 accent-indigo-600"
      />
      <span className="flex flex-col">
        <span className="text-sm font-medium text-slate-800">{label}</span>
        <span id={hintId} className="text-xs text-slate-500">
          {hint}
        </span>
      </span>
    </label>
  );
}
