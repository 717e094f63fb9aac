/** A documented sample payload with some fields replaced or removed, for the quirks the sample does not show. */
export function payloadVariant(
  sample: Record<string, unknown>,
  changes: Record<string, unknown>,
  without: ReadonlyArray<string> = [],
): Record<string, unknown> {
  const payload = { ...sample, ...changes };
  return Object.fromEntries(Object.entries(payload).filter(([field]) => !without.includes(field)));
}
