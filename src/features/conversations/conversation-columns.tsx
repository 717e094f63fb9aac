import { createColumnHelper, type RowData } from '@tanstack/react-table';
import { RatingMark } from '../../components/rating-mark';
import { StatusBadge } from '../../components/status-badge';
import { TagChips } from '../../components/tag-chips';
import type { Conversation } from '../../model/conversation';
import { vendorLabel } from '../../vendors/registry';
import { formatDateTime, formatFullDateTime } from '../../lib/format-date-time';
import { timeZoneOffsetName, useDisplayTimeZone } from '../../lib/display-time-zone';
import { formatCount } from './format';
import { MatchSnippet } from './match-snippet';
import type { SearchQuery } from '../../lib/search/parse-query';

declare module '@tanstack/react-table' {
  // The table's meta carries the current search, for the "Matched text" column.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface TableMeta<TData extends RowData> {
    query?: SearchQuery;
  }
}
import { sortKeys, type ColumnId } from './sort-keys';

/**
 * The table's columns, defined once at module level so TanStack Table sees stable references. Each
 * column's accessor is its sort key (sort-keys.ts); cells render from the conversation itself.
 */
const column = createColumnHelper<Conversation>();

/** The start time in the display timezone (`tz`): a component, so it follows the link's zone. */
function StartedCell({ at }: { at: number }) {
  const timeZone = useDisplayTimeZone();
  return (
    <time
      dateTime={new Date(at).toISOString()}
      title={formatFullDateTime(at, { timeZone })}
      className="tabular-nums text-slate-700"
    >
      {formatDateTime(at, { timeZone })}
    </time>
  );
}

/** "Started · GMT+9": the zone the column's times are in, said once, in its header. */
function StartedHeader() {
  const timeZone = useDisplayTimeZone();
  return (
    <span title={`Times in ${timeZone}`}>
      Started<span className="font-normal text-slate-500"> · {timeZoneOffsetName(timeZone)}</span>
    </span>
  );
}

/** Unknown: not sent for this conversation, or not known until its transcript loads. */
function Missing({ title = 'Not known' }: { title?: string }) {
  return (
    <span title={title} className="text-slate-500">
      <span aria-hidden="true">–</span>
      <span className="sr-only">{title}</span>
    </span>
  );
}

/** The column of matched text, which sorts by nothing. */
export const MATCH_COLUMN = 'match';
export const MATCH_COLUMN_WIDTH = 380;

export const conversationColumns = [
  column.accessor(sortKeys.startedAt, {
    id: 'startedAt',
    header: () => <StartedHeader />,
    sortDescFirst: true,
    cell: ({ row }) => <StartedCell at={row.original.startedAt} />,
  }),
  column.accessor(sortKeys.vendor, {
    id: 'vendor',
    header: 'Vendor',
    sortDescFirst: false,
    cell: ({ row }) => <span className="text-slate-600">{vendorLabel(row.original.vendor)}</span>,
  }),
  column.accessor(sortKeys.visitor, {
    id: 'visitor',
    header: 'Visitor',
    sortDescFirst: false,
    cell: ({ row }) =>
      row.original.visitor.name === null ? (
        // A list without messages (ImBox) names the visitor only in the transcript: do not call them anonymous.
        row.original.messages === null ? (
          <span
            className="text-slate-500 italic"
            title="This vendor names the visitor in the transcript only"
          >
            See transcript
          </span>
        ) : (
          <span className="text-slate-500 italic">Anonymous</span>
        )
      ) : (
        <span className="font-medium text-slate-900">{row.original.visitor.name}</span>
      ),
  }),
  column.accessor(sortKeys.email, {
    id: 'email',
    header: 'E-mail',
    sortDescFirst: false,
    cell: ({ row }) => (row.original.visitor.email === null ? <Missing /> : row.original.visitor.email),
  }),
  column.accessor(sortKeys.agents, {
    id: 'agents',
    header: 'Agents',
    sortDescFirst: false,
    cell: ({ row }) =>
      row.original.agents.length === 0 ? (
        <Missing />
      ) : (
        row.original.agents.map((agent) => agent.name).join(', ')
      ),
  }),
  column.accessor(sortKeys.status, {
    id: 'status',
    header: 'Status',
    sortDescFirst: false,
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  }),
  column.accessor(sortKeys.tags, {
    id: 'tags',
    header: 'Tags',
    sortDescFirst: false,
    cell: ({ row }) => <TagChips tags={row.original.tags} />,
  }),
  column.accessor(sortKeys.rating, {
    id: 'rating',
    header: 'Rating',
    sortDescFirst: true,
    cell: ({ row }) => <RatingMark conversation={row.original} />,
  }),
  column.accessor(sortKeys.messages, {
    id: 'messages',
    header: 'Messages',
    sortDescFirst: true,
    cell: ({ row }) =>
      row.original.messageCount === null ? (
        <Missing title="Not known until the transcript is opened" />
      ) : (
        <span className="tabular-nums">{formatCount(row.original.messageCount)}</span>
      ),
  }),
  // Shown only while searching (see conversations-table.tsx): why the row matched.
  column.display({
    id: MATCH_COLUMN,
    header: 'Matched text',
    cell: ({ row, table }) => {
      const query = table.options.meta?.query;
      return query ? <MatchSnippet conversation={row.original} query={query} /> : null;
    },
  }),
];

/** Fixed widths keep columns from jumping as virtualized rows come and go. */
export const columnLayout: Readonly<
  Record<ColumnId, { width: number; align?: 'right' | 'center'; hiddenBesidePane?: boolean }>
> = {
  // Wide enough for 12-hour locales ("Jun 24, 2017, 11:01 AM").
  startedAt: { width: 176 },
  vendor: { width: 112 },
  visitor: { width: 180 },
  email: { width: 236 },
  agents: { width: 168, hiddenBesidePane: true },
  status: { width: 104 },
  tags: { width: 184, hiddenBesidePane: true },
  rating: { width: 76, align: 'center' },
  messages: { width: 96, align: 'right', hiddenBesidePane: true },
};

/** On narrow windows the visitor comes right after the time, so both read without scrolling sideways. */
export const narrowColumnOrder: ColumnId[] = [
  'startedAt',
  'visitor',
  'email',
  'status',
  'rating',
  'vendor',
  'agents',
  'tags',
  'messages',
];

/** On phones the rows are cards: these columns, in this order (conversation-card.tsx places them). */
export const cardColumnOrder: ColumnId[] = ['startedAt', 'status', 'visitor', 'vendor', 'agents', 'rating'];
/** The columns a card leaves out (the transcript has them). */
export const cardHiddenColumns: ReadonlyArray<ColumnId> = ['email', 'tags', 'messages'];
/** In a card, these headers are for screen readers only: the sort bar keeps the four that fit a phone. */
export const cardUnsortedColumns: ReadonlyArray<ColumnId> = ['vendor', 'agents'];
