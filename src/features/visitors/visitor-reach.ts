import type { VendorId } from '../../model/conversation';
import { vendorLabel } from '../../model/vendor-descriptors';

/**
 * What the visitor page could search at each vendor, in words: a lead must know whether "no conversations"
 * means none exist or none could be looked for.
 */
export function reachSentence(vendor: VendorId, reach: 'search' | 'held', byEmail: boolean): string {
  const label = vendorLabel(vendor);
  if (!byEmail) return `${label}: conversations with this visitor id that are on this device`;
  if (reach === 'held') {
    return vendor === 'imbox'
      ? `${label}: only conversations whose details are on this device`
      : `${label}: only conversations on this device`;
  }
  if (vendor === 'snapengage')
    return `${label}: webhook inbox searched by e-mail, all time; Logs API cases only if on this device`;
  return `${label}: searched by e-mail, all time`;
}
