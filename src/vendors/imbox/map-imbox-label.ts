import type { NameValue } from '../../model/conversation';

/**
 * ImBox labels are bare names ("Support", "BankId Verified"); the model's labels are name/value pairs. The
 * label becomes the name with an empty value, so a consumer shows just "Support" and no invented field name.
 */
export function imboxLabel(label: string): NameValue {
  return { name: label, value: '' };
}
