import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { buttonStyles } from '../../components/button-styles';
import { ChevronDownIcon, ListIcon } from '../../components/icons';
import { fileFormats, type FileFormat } from './use-file-export';
import { popoverSurface } from '../../components/popover-styles';

const formatOrder: ReadonlyArray<FileFormat> = ['messages-csv', 'jsonl'];

const hints: Readonly<Record<FileFormat, string>> = {
  'messages-csv': 'One row per message, for spreadsheets and BI tools.',
  jsonl: 'One conversation per line, with its messages, for scripts.',
};

/**
 * "More formats" beside the one-click Export CSV: a React Aria menu (commands, so a menu: arrow keys,
 * typeahead, Escape and focus return come with it). Each item exports what the table shows, with the
 * options of the popover beside it.
 */
export function ExportFormatsMenu({
  disabled,
  onExport,
}: {
  disabled: boolean;
  onExport: (format: FileFormat) => void;
}) {
  return (
    <MenuTrigger>
      <Button
        aria-label="More export formats"
        isDisabled={disabled}
        className={`${buttonStyles.secondary} ml-1.5`}
      >
        {/* A phone gets a list icon, so the two buttons after Export CSV are not two like chevrons. */}
        <ListIcon className="size-4 text-slate-500 sm:hidden" />
        <span className="hidden sm:inline">Formats</span>
        <ChevronDownIcon className="hidden size-4 text-slate-500 sm:block" />
      </Button>
      <Popover placement="bottom end" offset={4} className={`z-30 w-80 p-1 ${popoverSurface}`}>
        <Menu
          aria-label="Export formats"
          className="outline-none"
          onAction={(key) => {
            if (key === 'messages-csv' || key === 'jsonl') onExport(key);
          }}
        >
          {formatOrder.map((format) => (
            <MenuItem
              key={format}
              id={format}
              textValue={fileFormats[format].label}
              className="flex cursor-pointer flex-col rounded-md px-2.5 py-2 outline-none data-[focused]:bg-slate-100"
            >
              <span className="text-sm font-medium text-slate-800">{fileFormats[format].label}</span>
              <span className="text-xs text-slate-500">{hints[format]}</span>
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
