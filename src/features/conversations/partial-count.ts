import type { VendorId } from '../../model/conversation';
import { conversationsText } from './format';
import type { ListLoad } from './list-view-state';

/** A vendor whose rows the view lacks: still loading, or failed (and so not included at all). */
export type MissingVendor = { vendor: VendorId; label: string; state: 'loading' | 'error' };

/**
 * The vendors missing from the current view. A vendor filter narrows it: with `?vendor=imbox`, a failed
 * LiveChat takes nothing away from what is shown.
 */
export function missingVendors(load: ListLoad, filtered: ReadonlyArray<VendorId>): MissingVendor[] {
  return load.vendors.flatMap((item) =>
    item.state === 'ready' || (filtered.length > 0 && !filtered.includes(item.vendor))
      ? []
      : [{ vendor: item.vendor, label: item.label, state: item.state }],
  );
}

/** "LiveChat", "LiveChat and ImBox", "LiveChat, ImBox and SnapEngage" */
export function vendorList(labels: ReadonlyArray<string>): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
}

/** What the count adds after the number: "LiveChat failed, not included · ImBox still loading". */
export function missingClauses(missing: ReadonlyArray<MissingVendor>): string[] {
  const failed = missing.filter((item) => item.state === 'error').map((item) => item.label);
  const loading = missing.filter((item) => item.state === 'loading').map((item) => item.label);
  const clauses: string[] = [];
  if (failed.length > 0) clauses.push(`${vendorList(failed)} failed, not included`);
  if (loading.length > 0) clauses.push(`${vendorList(loading)} still loading`);
  return clauses;
}

/**
 * The page's result count, honest about what it lacks: "935 conversations · LiveChat failed, not
 * included", "935 conversations · LiveChat still loading"; just "935 conversations" when nothing is missing.
 */
export function countSentence(count: number, missing: ReadonlyArray<MissingVendor>): string {
  return [conversationsText(count), ...missingClauses(missing)].join(' · ');
}
