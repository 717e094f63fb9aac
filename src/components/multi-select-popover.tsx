import { useMemo, useState } from 'react';
import {
  Autocomplete,
  Button,
  Dialog,
  DialogTrigger,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  SearchField,
  Text,
  useFilter,
  type Selection,
} from 'react-aria-components';
import { buttonStyles } from './button-styles';
import { CheckIcon, ChevronDownIcon } from './icons';
import { popoverSurface } from './popover-styles';

export type MultiSelectOption = {
  value: string;
  label: string;
  /** How many rows carry this value; shown beside the label. */
  count?: number;
  /** A line under the label saying what the choice means ("Social Intents does not rate chats"). */
  hint?: string;
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

/**
 * A filter button that opens a popover with a multiple-choice list (React Aria: arrow keys, typeahead,
 * Escape, outside click, focus return and flipping at the window's edge come with it). Values chosen
 * through a link but absent from the loaded data still show (chosen, count 0), so they can be unchosen.
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
  // 100,000 rows), and a controlled list would otherwise flick back until that lands.
  const [local, setLocal] = useState({ selected: committed, seen: committed });
  if (local.seen !== committed) setLocal({ selected: committed, seen: committed });
  const selected = local.seen === committed ? local.selected : committed;
  const [query, setQuery] = useState('');
  const { contains } = useFilter({ sensitivity: 'base' });

  const allOptions = useMemo(() => {
    const known = new Set(options.map((option) => option.value));
    const missing = selected
      .filter((value) => !known.has(value))
      .map((value) => ({ value, label: value, count: 0 }));
    return [...missing, ...options];
  }, [options, selected]);

  function choose(next: string[]) {
    setLocal({ selected: next, seen: committed });
    onChange(next);
  }

  function onSelectionChange(keys: Selection) {
    const chosen = keys === 'all' ? new Set(allOptions.map((option) => option.value)) : keys;
    // Keep the earlier choices' order (the link lists them in it) and add new ones at the end.
    const kept = selected.filter((value) => chosen.has(value));
    const added = allOptions.map((option) => option.value).filter((v) => chosen.has(v) && !kept.includes(v));
    choose([...kept, ...added]);
  }

  const summary = summarize(selected, allOptions);
  const list = (
    <ListBox
      aria-label={`${label} choices`}
      selectionMode="multiple"
      // Escape closes the popover and keeps the choices (a listbox's own Escape would clear them).
      escapeKeyBehavior="none"
      selectedKeys={selected}
      onSelectionChange={onSelectionChange}
      items={allOptions}
      // Without a search box the first choice takes focus, so arrow keys work at once.
      autoFocus={searchable ? undefined : 'first'}
      renderEmptyState={() => (
        <p className="px-2 py-3 text-center text-sm text-slate-500">
          {allOptions.length === 0
            ? `No ${noun} in the loaded conversations`
            : `No ${noun} match “${query.trim()}”`}
        </p>
      )}
      className="max-h-72 overflow-y-auto py-1 outline-none"
    >
      {(option) => <OptionRow option={option} />}
    </ListBox>
  );

  return (
    <DialogTrigger onOpenChange={(open) => !open && setQuery('')}>
      <Button
        className={`${buttonStyles.secondary} ${selected.length > 0 ? 'border-indigo-300 bg-indigo-50 text-indigo-800 hover:bg-indigo-100' : ''}`}
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
      </Button>
      <Popover placement="bottom start" offset={4} className={`z-30 w-64 p-1 ${popoverSurface}`}>
        <Dialog aria-label={`Filter by ${label.toLowerCase()}`} className="outline-none">
          {searchable ? (
            <Autocomplete filter={contains} inputValue={query} onInputChange={setQuery}>
              <SearchField aria-label={`Search ${noun}`} className="p-1">
                {/* The popover opens for the search: typing straight away is what people do next. */}
                <Input
                  autoFocus
                  placeholder={`Search ${noun}`}
                  className="h-8 w-full rounded-md border border-slate-300 px-2 text-sm placeholder:text-slate-500 focus:border-indigo-500 focus:outline-2 focus:outline-indigo-500/30"
                />
              </SearchField>
              {list}
            </Autocomplete>
          ) : (
            list
          )}
          {selected.length > 0 && (
            <div className="flex justify-end border-t border-slate-100 p-1">
              <Button className={buttonStyles.ghost} onPress={() => choose([])}>
                Clear {label.toLowerCase()}
              </Button>
            </div>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

/** One choice: a tick box drawn from the selection state, the label, and its count as a description. */
function OptionRow({ option }: { option: MultiSelectOption }) {
  return (
    <ListBoxItem
      id={option.value}
      textValue={option.label}
      className="group flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-800 outline-none data-[focus-visible]:outline-2 data-[focus-visible]:-outline-offset-2 data-[focus-visible]:outline-indigo-600 data-[focused]:bg-slate-100 data-[hovered]:bg-slate-50"
    >
      <span
        aria-hidden="true"
        className="grid size-4 shrink-0 place-items-center rounded-[3px] border border-slate-500 bg-white text-white group-data-[selected]:border-indigo-600 group-data-[selected]:bg-indigo-600"
      >
        <CheckIcon className="hidden size-3 group-data-[selected]:block" />
      </span>
      <Text slot="label" className="flex min-w-0 flex-1 flex-col">
        <span className="truncate">{option.label}</span>
        {option.hint !== undefined && <span className="text-xs text-slate-500">{option.hint}</span>}
      </Text>
      {option.count !== undefined && (
        <Text slot="description" className="shrink-0 text-xs text-slate-500 tabular-nums">
          {numberFormat.format(option.count)}
        </Text>
      )}
    </ListBoxItem>
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
