/** Small normalizers shared by the vendor adapters: vendors send "" where they mean "none". */

export function blankToNull(value: string | null | undefined): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** E-mail addresses are compared case-insensitively everywhere, so the model keeps them lowercased. */
export function normalizeEmail(value: string | null | undefined): string | null {
  const email = blankToNull(value);
  return email === null ? null : email.toLowerCase();
}

/** Joins the non-empty parts ("Boulder, CO, US"), or null when none is left. */
export function joinPresent(
  parts: ReadonlyArray<string | null | undefined>,
  separator = ', ',
): string | null {
  const present = parts.map((part) => blankToNull(part)).filter((part): part is string => part !== null);
  return present.length === 0 ? null : present.join(separator);
}

/** A whole e-mail address (not a fragment): only such a search is pushed down to vendors' own filters. */
export function isCompleteEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value.trim());
}
