import type { VendorId } from '../../model/conversation';
import { conversationsText } from './format';
import type { ListLoad } from './list-view-state';

/**
 * A vendor whose rows the view lacks (still loading, or failed and so not included at all), or holds only
 * as they were before a refresh that failed (`not-refreshed`).
 */
export type MissingVendor = { vendor: VendorId; label: string; state: 'loading' | 'error' | 'not-refreshed' };

/**
 * The vendors missing from the current view. A vendor filter narrows it: with `?vendor=imbox`, a failed
 * LiveChat takes nothing away from what is shown.
 */
export function missingVendors(load: ListLoad, filtered: ReadonlyArray<VendorId>): MissingVendor[] {
  return load.vendors.flatMap((item): MissingVendor[] => {
    if (filtered.length > 0 && !filtered.includes(item.vendor)) return [];
    if (item.state !== 'ready') return [{ vendor: item.vendor, label: item.label, state: item.state }];
    return item.stale === true ? [{ vendor: item.vendor, label: item.label, state: 'not-refreshed' }] : [];
  });
}

/** A vendor whose rows the view (and a file made from it) lacks altogether. */
export type LackingVendor = MissingVendor & { state: 'loading' | 'error' };

/** The vendors whose rows a file made now would lack: one not refreshed is in it, as loaded before. */
export function lackingVendors(missing: ReadonlyArray<MissingVendor>): LackingVendor[] {
  return missing.filter((item): item is LackingVendor => item.state !== 'not-refreshed');
}

/** "LiveChat", "LiveChat and ImBox", "LiveChat, ImBox and SnapEngage" */
export function vendorList(labels: ReadonlyArray<string>): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
}

/** One clause the count adds after the number, and whether it tells of a failure. */
export type MissingClause = { text: string; failure: boolean };

/**
 * What the count adds after the number: "LiveChat failed, not included · Social Intents not refreshed ·
 * ImBox still loading".
 */
export function missingClauses(missing: ReadonlyArray<MissingVendor>): MissingClause[] {
  const labels = (state: MissingVendor['state']) =>
    missing.filter((item) => item.state === state).map((item) => item.label);
  const failed = labels('error');
  const notRefreshed = labels('not-refreshed');
  const loading = labels('loading');
  const clauses: MissingClause[] = [];
  if (failed.length > 0) clauses.push({ text: `${vendorList(failed)} failed, not included`, failure: true });
  if (notRefreshed.length > 0)
    clauses.push({ text: `${vendorList(notRefreshed)} not refreshed`, failure: true });
  if (loading.length > 0) clauses.push({ text: `${vendorList(loading)} still loading`, failure: false });
  return clauses;
}

/**
 * The page's result count, honest about what it lacks: "935 conversations · LiveChat failed, not
 * included", "935 conversations · LiveChat still loading"; just "935 conversations" when nothing is missing.
 */
export function countSentence(count: number, missing: ReadonlyArray<MissingVendor>): string {
  return [conversationsText(count), ...missingClauses(missing).map((clause) => clause.text)].join(' · ');
}
