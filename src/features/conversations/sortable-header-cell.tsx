import { flexRender, type Header } from '@tanstack/react-table';
import type { Conversation } from '../../model/conversation';
import { SortArrowIcon } from '../../components/icons';
import { alignOf } from './table-metrics';

/** A column header whose name is a button that sorts by it; aria-sort tells which way. */
export function SortableHeaderCell({
  header,
  cards = false,
}: {
  header: Header<Conversation, unknown>;
  /** Phones: the header row is a bar of sort buttons above the cards. */
  cards?: boolean;
}) {
  const sorted = header.column.getIsSorted();
  const align = cards ? undefined : alignOf(header.column.id);
  if (!header.column.getCanSort())
    return (
      <th
        scope="col"
        className="border-b border-slate-200 bg-slate-50 px-3 text-left align-middle text-xs font-medium text-slate-500"
      >
        {flexRender(header.column.columnDef.header, header.getContext())}
      </th>
    );
  return (
    <th
      scope="col"
      role={cards ? 'columnheader' : undefined}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
      className={`bg-slate-50 px-0 text-left align-middle text-xs font-medium text-slate-600 ${
        cards ? 'block shrink-0' : 'border-b border-slate-200'
      }`}
    >
      <button
        type="button"
        onClick={header.column.getToggleSortingHandler()}
        className={`flex h-9 w-full items-center gap-1 ${cards ? 'px-2' : 'px-3'} hover:text-slate-900 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 ${
          align === 'right' ? 'justify-end' : align === 'center' ? 'justify-center' : ''
        } ${sorted ? 'text-slate-900' : ''}`}
      >
        {flexRender(header.column.columnDef.header, header.getContext())}
        <SortArrow direction={sorted} />
      </button>
    </th>
  );
}

function SortArrow({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <SortArrowIcon
      direction={direction === 'asc' ? 'asc' : 'desc'}
      className={`size-3 shrink-0 ${direction ? 'text-indigo-600' : 'text-transparent'}`}
    />
  );
}
