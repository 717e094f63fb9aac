import { flexRender } from '@tanstack/react-table';
import { memo } from 'react';
import { Link } from 'react-router';
import { conversationPath } from './conversation-path';
import { rendersSameRow, type ConversationRowProps } from './conversation-row';
import { firstLine } from './first-line';
import { CARD_HEIGHT } from './table-metrics';

/** Where each column's cell sits in the card's grid (see the template on the row). */
const cardAreas: Readonly<Record<string, string>> = {
  startedAt: '[grid-area:time]',
  status: '[grid-area:status] justify-self-end',
  visitor: '[grid-area:visitor] min-w-0 font-medium',
  vendor: '[grid-area:vendor] justify-self-end text-xs',
  agents: '[grid-area:agents] min-w-0 text-xs',
  rating: '[grid-area:rating] justify-self-end',
};

/**
 * On phones (below 640 px) a conversation is a card of four lines: time and status; visitor and vendor;
 * agents and rating; the first line of the conversation. It stays a row of the same table (explicit roles,
 * since its display is a grid), so the arrow keys, Enter, the focus ring and the virtualizer work as on
 * the wide table.
 */
export const ConversationCard = memo(function ConversationCard({
  row,
  index,
  selected,
  tabbable,
  search,
}: ConversationRowProps) {
  const preview = firstLine(row.original);
  // A card has no e-mail column: the address follows the name (what is cut off on a narrow phone is
  // the address), and a visitor who left an address but no name is shown by the address.
  const { name, email } = row.original.visitor;
  const visitorByEmail = name === null && email !== null;
  const emailAfterName = name !== null && email !== null;
  return (
    <tr
      role="row"
      data-index={index}
      data-key={row.id}
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabbable ? 0 : -1}
      style={{ height: CARD_HEIGHT }}
      className={`grid cursor-pointer grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 border-b border-slate-200 px-3 py-2 text-slate-700 outline-none [grid-template-areas:'time_status'_'visitor_vendor'_'agents_rating'_'preview_preview'] focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 ${
        selected ? 'bg-indigo-50 shadow-[inset_3px_0_0_var(--color-indigo-600)]' : 'bg-white'
      }`}
    >
      {row.getVisibleCells().map((cell) => {
        const content = flexRender(cell.column.columnDef.cell, cell.getContext());
        return (
          <td
            role="cell"
            key={cell.id}
            className={`block truncate leading-5 ${cardAreas[cell.column.id] ?? 'hidden'}`}
          >
            {cell.column.id === 'visitor' ? (
              <Link
                to={{ pathname: conversationPath(row.original), search }}
                tabIndex={-1}
                className="block truncate"
              >
                {visitorByEmail ? <span className="font-normal text-slate-700">{email}</span> : content}
                {emailAfterName && <span className="font-normal text-slate-600"> · {email}</span>}
              </Link>
            ) : (
              content
            )}
          </td>
        );
      })}
      <td role="cell" className="block truncate text-xs leading-5 text-slate-600 [grid-area:preview]">
        {preview ?? <span className="italic">See transcript</span>}
      </td>
    </tr>
  );
}, rendersSameRow);
