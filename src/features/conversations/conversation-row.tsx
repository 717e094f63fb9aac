import { flexRender, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import { Link } from 'react-router';
import type { SearchQuery } from '../../lib/search/parse-query';
import type { Conversation } from '../../model/conversation';
import { VisitorLink } from '../../components/visitor-link';
import { conversationPath } from './conversation-path';
import { alignOf, ROW_HEIGHT } from './table-metrics';

// Browsers do not draw outlines on table rows: the focused row's cells draw the ring instead. (Spelled
// out in full so that Tailwind finds the classes.)
const focusRing =
  '[&:focus-visible>td]:shadow-[inset_0_2px_0_var(--color-indigo-600),inset_0_-2px_0_var(--color-indigo-600)] ' +
  '[&:focus-visible>td:first-child]:shadow-[inset_2px_0_0_var(--color-indigo-600),inset_0_2px_0_var(--color-indigo-600),inset_0_-2px_0_var(--color-indigo-600)] ' +
  '[&:focus-visible>td:last-child]:shadow-[inset_-2px_0_0_var(--color-indigo-600),inset_0_2px_0_var(--color-indigo-600),inset_0_-2px_0_var(--color-indigo-600)]';

/** The visitor's name and e-mail lead to their page; "See transcript" and "Anonymous" stay text. */
function linksToVisitor(column: string, conversation: Conversation): boolean {
  if (column === 'visitor') return conversation.visitor.name !== null;
  if (column === 'email') return conversation.visitor.email !== null;
  return false;
}

export type ConversationRowProps = {
  row: Row<Conversation>;
  index: number;
  selected: boolean;
  tabbable: boolean;
  search: string;
  /** Visible columns, so that the memoized row re-renders when they change. */
  columnsKey: string;
  /** The search its "Matched text" cell shows, so that the memoized row re-renders when it changes. */
  query: SearchQuery | null;
};

/**
 * Whether a row would render the same: the same conversation object in the same place, shown the same
 * way. TanStack Table makes a new `row` for every conversation in view whenever the list changes (a
 * vendor lands, a day is read from the device, ImBox details are folded in), so comparing `row` itself
 * re-rendered every row in view each time, 26–83 ms of the table's render in a cold load of 90 days,
 * though most of them showed the same conversation as before. Conversations are never changed in place:
 * an updated one is a new object.
 */
export function rendersSameRow(before: ConversationRowProps, after: ConversationRowProps): boolean {
  return (
    before.row.original === after.row.original &&
    before.index === after.index &&
    before.selected === after.selected &&
    before.tabbable === after.tabbable &&
    before.search === after.search &&
    before.columnsKey === after.columnsKey &&
    before.query === after.query
  );
}

/**
 * One conversation as a table row: focusable (the table moves focus with the arrow keys and opens with
 * Enter), highlighted while its transcript is open. Its start time is also a real link to the transcript,
 * so it opens in a new tab with a modifier key; the visitor's name and e-mail link to the visitor's page.
 */
export const ConversationRow = memo(function ConversationRow({
  row,
  index,
  selected,
  tabbable,
  search,
}: ConversationRowProps) {
  return (
    <tr
      data-index={index}
      data-key={row.id}
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabbable ? 0 : -1}
      style={{ height: ROW_HEIGHT }}
      className={`group cursor-pointer outline-none ${focusRing} ${
        selected ? 'bg-indigo-50 hover:bg-indigo-100/70' : 'bg-white hover:bg-slate-50'
      }`}
    >
      {row.getVisibleCells().map((cell) => {
        const align = alignOf(cell.column.id);
        const content = flexRender(cell.column.columnDef.cell, cell.getContext());
        return (
          <td
            key={cell.id}
            className={`overflow-hidden border-b border-slate-100 px-3 align-middle text-ellipsis whitespace-nowrap text-slate-700 ${
              align === 'right' ? 'text-right' : align === 'center' ? 'text-center' : ''
            } ${selected && cell.column.getIndex() === 0 ? 'shadow-[inset_3px_0_0_var(--color-indigo-600)]' : ''}`}
          >
            {cell.column.id === 'startedAt' ? (
              <Link
                to={{ pathname: conversationPath(row.original), search }}
                tabIndex={-1}
                className="truncate hover:underline"
              >
                {content}
              </Link>
            ) : linksToVisitor(cell.column.id, row.original) ? (
              // The visitor's page; in Tab order only in the row that is, so Tab steps from a row to its links.
              <VisitorLink conversation={row.original} tabIndex={tabbable ? 0 : -1}>
                {content}
              </VisitorLink>
            ) : (
              content
            )}
          </td>
        );
      })}
    </tr>
  );
}, rendersSameRow);
