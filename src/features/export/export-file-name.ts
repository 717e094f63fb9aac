import { vendorIds, type VendorId } from '../../model/conversation';
import type { DayRange } from '../../lib/date-range';

/**
 * The file name says what the file holds: `backscroll_livechat+imbox_2026-10-23_to_2026-11-21.csv`, or
 * `all-vendors` when no vendor was left out. Vendors appear in a fixed order, so the same selection
 * always yields the same name.
 */
export function exportFileName(
  vendors: ReadonlyArray<VendorId>,
  range: Pick<DayRange, 'from' | 'to'>,
  redacted = false,
): string {
  const chosen = vendorIds.filter((vendor) => vendors.includes(vendor));
  const who = chosen.length === 0 || chosen.length === vendorIds.length ? 'all-vendors' : chosen.join('+');
  return `backscroll_${who}_${range.from}_to_${range.to}${redacted ? '_redacted' : ''}.csv`;
}

/** What each extra format's file is called before the vendors and days. */
const formatStems = {
  'messages-csv': { stem: 'messages', extension: 'csv' },
  jsonl: { stem: 'conversations-with-messages', extension: 'jsonl' },
} as const;

/**
 * `backscroll_messages_livechat_2026-10-23_to_2026-11-21.csv`,
 * `backscroll_conversations-with-messages_all-vendors_…_redacted.jsonl`: what is in it, whose, which
 * days, and whether personal data was taken out.
 */
export function formatFileName(
  format: keyof typeof formatStems,
  vendors: ReadonlyArray<VendorId>,
  range: Pick<DayRange, 'from' | 'to'>,
  redacted: boolean,
): string {
  const { stem, extension } = formatStems[format];
  const base = exportFileName(vendors, range)
    .replace(/^backscroll_/, '')
    .replace(/\.csv$/, '');
  return `backscroll_${stem}_${base}${redacted ? '_redacted' : ''}.${extension}`;
}
