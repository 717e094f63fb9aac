import type { ReactNode } from 'react';
import { buttonStyles } from '../../components/button-styles';
import { statusLabel } from '../../components/status-badge';
import { formatDay } from '../../lib/format-date-time';
import { vendorLabel } from '../../vendors/registry';
import { ratingFilterLabels } from './filter-menus';
import type { ListFilters } from '../../lib/list-filters';
import type { EmptyReason } from './list-view-state';
import { ListIcon } from '../../components/icons';

/**
 * Says why the list is empty, and offers the way out: the filters to clear, or a longer range. Shown even
 * while some vendor still loads, with a note that more may come.
 */
export function EmptyState({
  reason,
  stillLoading,
  onClearFilters,
  onWidenRange,
}: {
  reason: EmptyReason;
  /** Labels of vendors still loading. */
  stillLoading: ReadonlyArray<string>;
  onClearFilters: () => void;
  /** Null when the range is already as long as the presets go. */
  onWidenRange: (() => void) | null;
}) {
  let title: string;
  let body: ReactNode = null;
  let action: ReactNode = null;
  switch (reason.kind) {
    case 'no-vendors':
      title = 'No chat vendor is configured';
      body =
        'This server has no vendor credentials. Add them to its configuration, or start it in demo mode.';
      break;
    case 'all-failed':
      title = 'No vendor could be loaded';
      body = 'The messages above say what went wrong, and Retry tries again.';
      break;
    case 'no-match':
      title = 'No conversations match these filters';
      body = <ActiveFilterList filters={reason.filters} />;
      action = (
        <button type="button" className={buttonStyles.primary} onClick={onClearFilters}>
          Clear filters
        </button>
      );
      break;
    case 'empty-range':
      title = `No conversations between ${formatDay(reason.range.from)} and ${formatDay(reason.range.to)}`;
      body = onWidenRange ? 'Try a longer date range.' : null;
      action = onWidenRange && (
        <button type="button" className={buttonStyles.secondary} onClick={onWidenRange}>
          Show the last 90 days
        </button>
      );
      break;
  }
  return (
    <div className="flex flex-col items-center px-6 py-16 text-center">
      <div
        aria-hidden="true"
        className="mb-4 grid size-10 place-items-center rounded-full bg-slate-100 text-slate-400"
      >
        <ListIcon className="size-5" />
      </div>
      <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
      {body !== null && <div className="mt-1 max-w-md text-sm text-slate-600">{body}</div>}
      {stillLoading.length > 0 && (
        <p className="mt-2 text-xs text-slate-500">
          Still loading {stillLoading.join(', ')}: more conversations may appear.
        </p>
      )}
      {action !== null && <div className="mt-4">{action}</div>}
    </div>
  );
}

function ActiveFilterList({ filters }: { filters: ListFilters }) {
  const parts: Array<[string, string]> = [];
  if (filters.q.trim() !== '') parts.push(['Search', `“${filters.q.trim()}”`]);
  if (filters.vendors.length > 0) parts.push(['Vendor', filters.vendors.map(vendorLabel).join(' or ')]);
  if (filters.agents.length > 0) parts.push(['Agent', filters.agents.join(' or ')]);
  if (filters.tags.length > 0) parts.push(['Tag', filters.tags.join(' or ')]);
  if (filters.ratings.length > 0)
    parts.push(['Rating', filters.ratings.map((rating) => ratingFilterLabels[rating]).join(' or ')]);
  if (filters.statuses.length > 0) parts.push(['Status', filters.statuses.map(statusLabel).join(' or ')]);
  return (
    <ul aria-label="Active filters" className="mt-2 flex flex-wrap justify-center gap-1.5">
      {parts.map(([name, value]) => (
        <li key={name} className="rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
          <span className="text-slate-500">{name}:</span> {value}
        </li>
      ))}
    </ul>
  );
}
