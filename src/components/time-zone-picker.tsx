import { useMemo } from 'react';
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  type Key,
} from 'react-aria-components';
import { useSearchParams } from 'react-router';
import {
  allTimeZones,
  parseTimeZone,
  timeZoneOffsetName,
  useDisplayTimeZone,
  writeTimeZone,
} from '../lib/display-time-zone';
import { ChevronDownIcon } from './icons';

/**
 * The display timezone, said once beside the date controls, and changed here: a searchable combobox of
 * every zone Intl knows (type "tokyo"). The choice goes into the link (`tz`), so the list, the overview,
 * the transcript and the exports follow, and a shared link shows the same times to everyone.
 */
export function TimeZonePicker() {
  const timeZone = useDisplayTimeZone();
  const [, setSearchParams] = useSearchParams();
  const zones = useMemo(
    () => allTimeZones().map((zone) => ({ id: zone, name: zone.replaceAll('_', ' ') })),
    [],
  );
  const offset = timeZoneOffsetName(timeZone);

  function choose(key: Key | null) {
    const zone = typeof key === 'string' ? parseTimeZone(key) : null;
    if (zone === null || zone === timeZone) return;
    setSearchParams((current) => writeTimeZone(current, zone));
  }

  return (
    <ComboBox
      className="flex items-center gap-1.5"
      items={zones}
      selectedKey={timeZone}
      onSelectionChange={choose}
      menuTrigger="focus"
      aria-description="Every date and time on this page, and in exports, is shown in this timezone"
    >
      <Label className="text-xs whitespace-nowrap text-slate-600">
        Timezone <span className="tabular-nums">({offset})</span>
      </Label>
      <div className="relative">
        <Input className="h-8 w-44 rounded-md border border-slate-300 bg-white pr-7 pl-2 text-xs text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600" />
        <Button
          aria-label="Show timezones"
          className="absolute inset-y-0 right-0 flex w-7 items-center justify-center text-slate-500"
        >
          <ChevronDownIcon className="size-3.5" />
        </Button>
      </div>
      <Popover className="max-h-72 w-64 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
        <ListBox className="outline-none">
          {(zone: { id: string; name: string }) => (
            <ListBoxItem
              id={zone.id}
              textValue={zone.name}
              className="cursor-default px-3 py-1.5 text-slate-800 outline-none data-[focused]:bg-indigo-50 data-[selected]:font-semibold"
            >
              {zone.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
