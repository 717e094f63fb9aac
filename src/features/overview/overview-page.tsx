import { useMemo } from 'react';
import type { DayRange } from '../../lib/date-range';
import type { ListFilters } from '../../lib/list-filters';
import type { Conversation, VendorId } from '../../model/conversation';
import { aggregateOverview } from './aggregate-overview';
import { AgentTable } from './agent-table';
import { BusiestHoursChart } from './busiest-hours-chart';
import { PerDayChart } from './per-day-chart';
import { RatingsChart } from './ratings-chart';
import { StatusSummary } from './status-summary';

export type OverviewPageProps = {
  /** The conversations the list shows for the same link (filters, days, timezone): the overview counts them. */
  rows: ReadonlyArray<Conversation>;
  range: DayRange;
  /** The vendors this server has on, in the registry's order (one series each). */
  vendors: ReadonlyArray<VendorId>;
  /** Some vendor is still loading: the numbers may grow. */
  loading: boolean;
  filters: ListFilters;
  /** The current query string ("?…"), kept by every link into the list. */
  search: string;
};

/**
 * The team at a glance for the list's current view: totals, conversations per day by vendor, ratings,
 * busiest hours and agents. It reads the list's rows (composed in src/app from the same React Query
 * data), so it never asks a vendor for anything the list would not.
 */
export function OverviewPage({ rows, range, vendors, loading, filters, search }: OverviewPageProps) {
  const overview = useMemo(() => aggregateOverview(rows, range, range.timeZone), [rows, range]);

  if (loading && rows.length === 0) return <OverviewSkeleton />;
  if (rows.length === 0) {
    return (
      <div className="flex flex-1 flex-col items-center justify-center gap-2 px-6 py-16 text-center">
        <h2 className="text-base font-semibold text-slate-900">No conversations to count</h2>
        <p className="max-w-md text-sm text-slate-600">
          Nothing matches these filters in these days. Widen the days or clear a filter above.
        </p>
      </div>
    );
  }
  return (
    <div className="grid grid-cols-1 gap-4 p-3 sm:p-4 lg:grid-cols-2">
      <StatusSummary overview={overview} filters={filters} search={search} />
      <PerDayChart overview={overview} vendors={vendors} filters={filters} search={search} />
      <RatingsChart overview={overview} vendors={vendors} filters={filters} search={search} />
      <BusiestHoursChart overview={overview} timeZone={range.timeZone} />
      <AgentTable overview={overview} filters={filters} search={search} />
    </div>
  );
}

/** Grey blocks where the overview will be; still, like the list's (see table-skeleton.tsx). */
function OverviewSkeleton() {
  return (
    <div
      aria-busy="true"
      aria-label="Loading the overview"
      className="grid grid-cols-1 gap-4 p-3 sm:p-4 lg:grid-cols-2"
    >
      <div className="h-20 rounded-lg bg-slate-200/70 lg:col-span-2" />
      <div className="h-80 rounded-lg bg-slate-200/70 lg:col-span-2" />
      <div className="h-56 rounded-lg bg-slate-200/70" />
      <div className="h-56 rounded-lg bg-slate-200/70" />
    </div>
  );
}
