import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { buttonStyles } from '../../components/button-styles';
import { auditAccessQuery, fetchAuditPage } from '../../lib/audit-client';
import { viewerTimeZone } from '../../lib/date-range';
import { auditActions, auditActionSchema, type AuditEntry } from '../../model/audit';
import {
  activityQuery,
  hasActivityFilters,
  noActivityFilters,
  parseActivityFilters,
  writeActivityFilters,
  type ActivityFilters,
} from './activity-filters';
import { actionLabels, describeEntry } from './describe-entry';

const inputStyles =
  'h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 shadow-xs focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600';

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * `/activity`: the audit trail for administrators, newest first, filtered by user, action and days (all in
 * the URL), older entries a page at a time. Everything is rendered as text.
 */
export function ActivityPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseActivityFilters(searchParams), [searchParams]);
  const query = useMemo(() => activityQuery(filters, viewerTimeZone()), [filters]);
  const access = useQuery(auditAccessQuery);
  const allowed = access.data === true;
  const entries = useInfiniteQuery({
    queryKey: ['audit', 'entries', query],
    queryFn: ({ pageParam, signal }) => fetchAuditPage(query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
    enabled: allowed,
    staleTime: 0,
    retry: false,
  });
  useEffect(() => {
    document.title = 'Activity · Backscroll';
  }, []);

  const apply = (next: ActivityFilters) => setSearchParams(writeActivityFilters(next));
  const rows = entries.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <div className="flex min-h-dvh flex-col bg-slate-50 text-slate-900">
      <header className="flex h-12 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-3 sm:px-4">
        <Link
          to="/"
          className="text-[15px] font-semibold tracking-tight text-slate-900 hover:text-indigo-700"
        >
          Backscroll
        </Link>
        <span aria-hidden="true" className="text-slate-300">
          /
        </span>
        <h1 className="text-[15px] font-semibold text-slate-900">Activity</h1>
      </header>
      <main className="mx-auto flex w-full max-w-6xl flex-col gap-4 p-3 sm:p-4">
        {access.isPending ? (
          <p className="text-sm text-slate-600">Checking access…</p>
        ) : access.isError ? (
          <p role="alert" className="text-sm text-red-800">
            {access.error.message}
          </p>
        ) : !allowed ? (
          <p role="alert" className="text-sm text-slate-700">
            Only the administrators named in BACKSCROLL_ADMIN_EMAILS can see the activity.
          </p>
        ) : (
          <>
            <FilterForm key={searchParams.toString()} filters={filters} onApply={apply} />
            <ActivityTable
              entries={rows}
              loading={entries.isPending}
              filtered={hasActivityFilters(filters)}
            />
            {entries.isError && (
              <p role="alert" className="text-sm text-red-800">
                {entries.error.message}
              </p>
            )}
            {entries.hasNextPage && (
              <button
                type="button"
                className={`${buttonStyles.secondary} self-start`}
                disabled={entries.isFetchingNextPage}
                onClick={() => void entries.fetchNextPage()}
              >
                {entries.isFetchingNextPage ? 'Loading…' : 'Show older entries'}
              </button>
            )}
          </>
        )}
      </main>
    </div>
  );
}

function FilterForm({
  filters,
  onApply,
}: {
  filters: ActivityFilters;
  onApply: (filters: ActivityFilters) => void;
}) {
  const ids = { user: useId(), action: useId(), from: useId(), to: useId() };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const action = auditActionSchema.safeParse(text('action'));
    onApply({
      user: text('user'),
      action: action.success ? action.data : null,
      from: text('from') || null,
      to: text('to') || null,
    });
  };
  return (
    <form
      role="search"
      aria-label="Filter activity"
      onSubmit={submit}
      className="flex flex-wrap items-end gap-3"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.user} className="text-xs font-medium text-slate-600">
          User
        </label>
        <input id={ids.user} name="user" type="search" defaultValue={filters.user} className={inputStyles} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.action} className="text-xs font-medium text-slate-600">
          Action
        </label>
        <select id={ids.action} name="action" defaultValue={filters.action ?? ''} className={inputStyles}>
          <option value="">Any action</option>
          {auditActions.map((action) => (
            <option key={action} value={action}>
              {actionLabels[action]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.from} className="text-xs font-medium text-slate-600">
          From
        </label>
        <input
          id={ids.from}
          name="from"
          type="date"
          defaultValue={filters.from ?? ''}
          className={inputStyles}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.to} className="text-xs font-medium text-slate-600">
          To
        </label>
        <input id={ids.to} name="to" type="date" defaultValue={filters.to ?? ''} className={inputStyles} />
      </div>
      <button type="submit" className={buttonStyles.primary}>
        Apply
      </button>
      <button type="button" className={buttonStyles.ghost} onClick={() => onApply(noActivityFilters)}>
        Clear
      </button>
    </form>
  );
}

function ActivityTable({
  entries,
  loading,
  filtered,
}: {
  entries: ReadonlyArray<AuditEntry>;
  loading: boolean;
  /** Some filter is set: an empty answer is then about the filters, not the trail. */
  filtered: boolean;
}) {
  if (loading) return <p className="text-sm text-slate-600">Loading activity…</p>;
  if (entries.length === 0)
    return (
      <p className="text-sm text-slate-600">
        {filtered
          ? 'No activity matches these filters.'
          : 'No activity yet. Sign-ins, opened transcripts and exports are listed here, with who did them.'}
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Activity, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              When
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              User
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Action
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-100 align-top last:border-0">
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                <time dateTime={new Date(entry.at).toISOString()}>{whenFormat.format(entry.at)}</time>
              </td>
              <td className="px-3 py-2 [overflow-wrap:anywhere]">{entry.user ?? 'No sign-in'}</td>
              <td className="px-3 py-2 whitespace-nowrap">{actionLabels[entry.action] ?? entry.action}</td>
              <td className="px-3 py-2 [overflow-wrap:anywhere] text-slate-700">{describeEntry(entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
