import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { buttonStyles } from './button-styles';
import { ChevronDownIcon } from './icons';

export type MultiSelectOption = {
  value: string;
  label: string;
  /** How many rows carry this value; shown beside the label. */
  count?: number;
};

export type MultiSelectPopoverProps = {
  /** The button's text and the filter's name: "Agent". */
  label: string;
  /** Plural for the search box and the empty text: "agents". */
  noun: string;
  options: ReadonlyArray<MultiSelectOption>;
  selected: ReadonlyArray<string>;
  onChange: (values: string[]) => void;
  /** Offer a search box above the choices (for long lists such as agents and tags). */
  searchable?: boolean;
};

const numberFormat = new Intl.NumberFormat();
/** Tailwind's w-64. */
const PANEL_WIDTH_PX = 256;

/**
 * A filter button that opens a small panel of checkboxes. Values chosen through a link but absent from
 * the loaded data still show (checked, count 0), so they can be unticked.
 */
export function MultiSelectPopover({
  label,
  noun,
  options,
  selected: committed,
  onChange,
  searchable = false,
}: MultiSelectPopoverProps) {
  // The new selection shows at once: the caller may apply it in a transition (a URL change filtering
  // 100,000 rows), and a controlled checkbox would otherwise flick back until that lands.
  const [local, setLocal] = useState({ selected: committed, seen: committed });
  if (local.seen !== committed) setLocal({ selected: committed, seen: committed });
  const selected = local.seen === committed ? local.selected : committed;
  const [open, setOpen] = useState(false);
  // Near the window's right edge (narrow windows) the panel opens leftwards instead of off-screen.
  const [alignRight, setAlignRight] = useState(false);
  const [query, setQuery] = useState('');
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const allOptions = useMemo(() => {
    const known = new Set(options.map((option) => option.value));
    const missing = selected
      .filter((value) => !known.has(value))
      .map((value) => ({ value, label: value, count: 0 }));
    return [...missing, ...options];
  }, [options, selected]);

  const needle = query.trim().toLowerCase();
  const visible =
    needle === '' ? allOptions : allOptions.filter((o) => o.label.toLowerCase().includes(needle));
  const selectedSet = new Set(selected);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && !wrapperRef.current?.contains(event.target)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function close() {
    setOpen(false);
    setQuery('');
    buttonRef.current?.focus();
  }

  function choose(next: string[]) {
    setLocal({ selected: next, seen: committed });
    onChange(next);
  }

  function toggle(value: string, checked: boolean) {
    choose(checked ? [...selected, value] : selected.filter((item) => item !== value));
  }

  const summary = summarize(selected, allOptions);

  return (
    <div
      ref={wrapperRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        className={`${buttonStyles.secondary} ${selected.length > 0 ? 'border-indigo-300 bg-indigo-50 text-indigo-800 hover:bg-indigo-100' : ''}`}
        onClick={(event) => {
          if (open) return close();
          const { left } = event.currentTarget.getBoundingClientRect();
          setAlignRight(left + PANEL_WIDTH_PX > window.innerWidth - 12);
          setOpen(true);
        }}
      >
        <span>{label}</span>
        {summary !== null && (
          <>
            <span aria-hidden="true" className="text-indigo-300">
              ·
            </span>
            <span className="max-w-[9rem] truncate font-normal">{summary}</span>
          </>
        )}
        <ChevronDownIcon className="size-3.5 text-slate-400" />
      </button>
      {open && (
        <div
          id={panelId}
          role="dialog"
          aria-label={`Filter by ${label.toLowerCase()}`}
          className={`absolute top-full z-30 mt-1 w-64 max-w-[calc(100vw-1.5rem)] rounded-lg border border-slate-200 bg-white p-1 shadow-lg ${alignRight ? 'right-0' : 'left-0'}`}
        >
          {searchable && (
            <div className="p-1">
              <input
                type="search"
                // The panel opens for the search: typing straight away is what people do next.
                autoFocus
                aria-label={`Search ${noun}`}
                placeholder={`Search ${noun}`}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                className="h-8 w-full rounded-md border border-slate-300 px-2 text-sm placeholder:text-slate-400 focus:border-indigo-500 focus:outline-2 focus:outline-indigo-500/30"
              />
            </div>
          )}
          <ul className="max-h-72 overflow-y-auto py-1" aria-label={`${label} choices`}>
            {visible.length === 0 && (
              <li className="px-2 py-3 text-center text-sm text-slate-500">
                {allOptions.length === 0
                  ? `No ${noun} in the loaded conversations`
                  : `No ${noun} match “${query.trim()}”`}
              </li>
            )}
            {visible.map((option) => (
              <OptionRow
                key={option.value}
                option={option}
                checked={selectedSet.has(option.value)}
                autoFocus={!searchable && option === visible[0]}
                onToggle={toggle}
              />
            ))}
          </ul>
          {selected.length > 0 && (
            <div className="flex justify-end border-t border-slate-100 p-1">
              <button type="button" className={buttonStyles.ghost} onClick={() => choose([])}>
                Clear {label.toLowerCase()}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

function OptionRow({
  option,
  checked,
  autoFocus,
  onToggle,
}: {
  option: MultiSelectOption;
  checked: boolean;
  autoFocus: boolean;
  onToggle: (value: string, checked: boolean) => void;
}) {
  const countId = useId();
  return (
    <li className="flex items-center gap-2 rounded-md px-2 hover:bg-slate-50">
      <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 py-1.5 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={checked}
          autoFocus={autoFocus}
          aria-describedby={option.count === undefined ? undefined : countId}
          onChange={(event) => onToggle(option.value, event.target.checked)}
          className="size-4 shrink-0 rounded border-slate-300 accent-indigo-600"
        />
        <span className="truncate">{option.label}</span>
      </label>
      {option.count !== undefined && (
        <span id={countId} className="shrink-0 text-xs tabular-nums text-slate-500">
          {numberFormat.format(option.count)}
        </span>
      )}
    </li>
  );
}

/** What the button shows after its name: the only choice, or how many. */
function summarize(
  selected: ReadonlyArray<string>,
  options: ReadonlyArray<MultiSelectOption>,
): string | null {
  if (selected.length === 0) return null;
  if (selected.length > 1) return `${selected.length} selected`;
  const only = selected[0] as string;
  return options.find((option) => option.value === only)?.label ?? only;
}
