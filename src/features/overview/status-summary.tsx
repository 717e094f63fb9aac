import { Link } from 'react-router';
import type { ListFilters } from '../../lib/list-filters';
import type { ConversationStatus } from '../../model/conversation';
import type { Overview } from './aggregate-overview';
import { listLinkFor } from './overview-links';

const numberFormat = new Intl.NumberFormat();
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

const statusTiles: ReadonlyArray<{ status: ConversationStatus; label: string; tone: string }> = [
  { status: 'answered', label: 'Answered', tone: 'border-l-emerald-600' },
  { status: 'missed', label: 'Missed', tone: 'border-l-red-700' },
  { status: 'offline', label: 'Offline messages', tone: 'border-l-slate-500' },
];

/** The totals: all, answered, missed (with the missed rate), offline; each opens the list filtered to it. */
export function StatusSummary({
  overview,
  filters,
  search,
}: {
  overview: Overview;
  filters: ListFilters;
  search: string;
}) {
  return (
    <section aria-labelledby="overview-totals" className="lg:col-span-2">
      <h2 id="overview-totals" className="sr-only">
        Totals
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <li className="rounded-lg border border-l-4 border-slate-200 border-l-indigo-600 bg-white px-4 py-3 shadow-xs">
          <Link
            to={listLinkFor(search, filters, {})}
            className="group block focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            <span className="block text-xs text-slate-600">Conversations</span>
            <span className="block text-2xl font-semibold text-slate-900 tabular-nums group-hover:underline">
              {numberFormat.format(overview.total)}
            </span>
          </Link>
        </li>
        {statusTiles.map(({ status, label, tone }) => (
          <li
            key={status}
            className={`rounded-lg border border-l-4 border-slate-200 bg-white px-4 py-3 shadow-xs ${tone}`}
          >
            <Link
              to={listLinkFor(search, filters, { statuses: [status] })}
              className="group block focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              <span className="block text-xs text-slate-600">{label}</span>
              <span className="block text-2xl font-semibold text-slate-900 tabular-nums group-hover:underline">
                {numberFormat.format(overview.byStatus[status])}
              </span>
              {status === 'missed' && (
                <span className="block text-xs text-slate-600">
                  {overview.missedRate === null
                    ? 'No chats to miss'
                    : `${percentFormat.format(overview.missedRate)} of chats missed`}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
