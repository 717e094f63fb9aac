/**
 * Counts in the viewer's locale, with one formatter built once (dates and times are in
 * src/lib/format-date-time.ts).
 */
const numberFormat = new Intl.NumberFormat();

/** "1,234" */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** "1,234 conversations" / "1 conversation" */
export function conversationsText(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'conversation' : 'conversations'}`;
}
