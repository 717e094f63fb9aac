import { useEffect, useId, useRef, useState } from 'react';
import { buttonStyles } from '../../components/button-styles';
import type { ExportOptions } from './export-options';
import { ChevronDownIcon } from '../../components/icons';

/**
 * The chevron beside "Export CSV": a small panel with the two options, so the toolbar stays one button
 * wide on a phone. Closes on Escape (handled here, so the transcript pane stays open) and outside clicks.
 */
export function ExportOptionsMenu({
  options,
  onChange,
  missingTranscripts,
  disabled,
}: {
  options: ExportOptions;
  onChange: (change: Partial<ExportOptions>) => void;
  missingTranscripts: number;
  disabled: boolean;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const active = options.excelBom || options.includeTranscripts;
  return (
    <div
      ref={containerRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        aria-label="Export options"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={disabled}
        onClick={() => setOpen((value) => !value)}
        className={`${buttonStyles.secondary} relative rounded-l-none px-1.5`}
      >
        <ChevronDownIcon className="size-4 text-slate-500" />
        {active && (
          <span aria-hidden="true" className="absolute top-1 right-1 size-1.5 rounded-full bg-indigo-600" />
        )}
      </button>
      <div
        id={panelId}
        role="group"
        aria-label="Export options"
        hidden={!open}
        className="absolute right-0 z-30 mt-1 w-72 rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
      >
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
      </div>
    </div>
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
