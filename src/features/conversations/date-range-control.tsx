import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { Button, Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { buttonStyles } from '../../components/button-styles';
import { ChevronDownIcon } from '../../components/icons';
import { TimeZonePicker } from '../../components/time-zone-picker';
import { isDay, shiftDay, today, type DayRange } from '../../lib/date-range';
import { formatDayRange } from '../../lib/format-date-time';
import { popoverSurface } from '../../components/popover-styles';

const presets = [7, 30, 90] as const;
/** Lets a typed year ("2", "20", "202", "2026") settle before the range, and the link, change. */
const COMMIT_DELAY_MS = 700;

/**
 * The day range as one Tab stop: a button showing the days, opening a popover with the two date fields and
 * the quick presets (a date field alone is three Tab stops in Chromium, so the inline version was nine).
 */
export function DateRangeControl({
  range,
  onChange,
}: {
  range: DayRange;
  onChange: (from: string, to: string) => void;
}) {
  const days = formatDayRange(range.from, range.to);
  return (
    <DialogTrigger>
      <Button aria-label={`Date range: ${days}`} className={`${buttonStyles.secondary} self-start`}>
        <CalendarGlyph />
        <span className="tabular-nums">{days}</span>
        <ChevronDownIcon className="size-3.5 text-slate-500" />
      </Button>
      <Popover placement="bottom end" offset={4} className={`z-30 p-3 ${popoverSurface}`}>
        <Dialog aria-label="Date range" className="outline-none">
          <DateRangeFields range={range} onChange={onChange} />
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

function CalendarGlyph() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" fill="none" className="size-4 text-slate-500">
      <rect x="2.5" y="3.5" width="11" height="10" rx="1.5" stroke="currentColor" />
      <path d="M2.5 6.5h11M5.5 2v3M10.5 2v3" stroke="currentColor" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The day range's fields: two date fields and quick presets. A date field reports every keystroke of a
 * year as a valid (if odd) date, so edits are applied after a pause, on Enter or when the field is left.
 */
function DateRangeFields({
  range,
  onChange,
}: {
  range: DayRange;
  onChange: (from: string, to: string) => void;
}) {
  const todayInZone = today(range.timeZone);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-1.5">
        <DayField
          label="From"
          value={range.from}
          max={range.to}
          onCommit={(from) => onChange(from, range.to)}
        />
        <span aria-hidden="true" className="hidden text-slate-400 sm:inline">
          –
        </span>
        <DayField label="To" value={range.to} min={range.from} onCommit={(to) => onChange(range.from, to)} />
      </div>
      <div role="group" aria-label="Quick ranges" className="flex self-start rounded-md shadow-xs">
        {presets.map((days, i) => {
          const from = shiftDay(todayInZone, -(days - 1));
          const active = range.from === from && range.to === todayInZone;
          return (
            <button
              key={days}
              type="button"
              aria-pressed={active}
              onClick={() => onChange(from, todayInZone)}
              className={`h-8 border border-slate-300 px-2.5 text-xs font-medium whitespace-nowrap focus-visible:relative focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 ${
                i === 0 ? 'rounded-l-md' : '-ml-px'
              } ${i === presets.length - 1 ? 'rounded-r-md' : ''} ${
                active
                  ? 'z-[1] border-indigo-300 bg-indigo-50 text-indigo-800'
                  : 'bg-white text-slate-600 hover:bg-slate-50'
              }`}
            >
              Last {days} days
            </button>
          );
        })}
      </div>
      {/* The days above are days in this zone; said once here, and changed here. */}
      <TimeZonePicker />
    </div>
  );
}

function DayField({
  label,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  value: string;
  min?: string;
  max?: string;
  onCommit: (day: string) => void;
}) {
  const id = useId();
  const [field, setField] = useState({ draft: value, seen: value });
  if (field.seen !== value) setField({ draft: value, seen: value });

  const draft = field.draft;
  const valid =
    isDay(draft) &&
    draft >= '1970-01-01' &&
    (min === undefined || draft >= min) &&
    (max === undefined || draft <= max);

  // The parent re-renders while vendors load; only a new draft may restart the pause.
  const commit = useEffectEvent((day: string) => onCommit(day));
  useEffect(() => {
    if (!valid || draft === value) return;
    const timer = setTimeout(() => commit(draft), COMMIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, valid, value]);
  // Closing the popover (Escape, a click outside) unmounts the field: a valid edit is kept, not lost.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    pending.current = valid && draft !== value ? draft : null;
  }, [draft, valid, value]);
  useEffect(
    () => () => {
      if (pending.current !== null) commit(pending.current);
    },
    [],
  );

  function commitNow() {
    if (valid && draft !== value) onCommit(draft);
    else if (!valid) setField({ draft: value, seen: value });
  }

  return (
    <div className="flex items-center gap-1.5">
      <label htmlFor={id} className="w-9 text-xs font-medium text-slate-600 sm:w-auto">
        {label}
      </label>
      <input
        id={id}
        type="date"
        required
        value={draft}
        min={min}
        max={max}
        aria-invalid={!valid}
        onChange={(event) => setField({ draft: event.target.value, seen: value })}
        onBlur={commitNow}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commitNow();
        }}
        className="h-8 flex-1 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 tabular-nums shadow-xs focus:border-indigo-500 focus:outline-2 focus:outline-indigo-500/25 aria-[invalid=true]:border-red-400"
      />
    </div>
  );
}
