/**
 * BACKSCROLL_ALLOWED_EMAILS: whole addresses (`lead@example.com`) and whole domains (`@example.com`).
 * Compared case-insensitively; a domain entry matches that exact domain only, not its subdomains, so
 * `@example.com` never lets in `someone@evil-example.com` or `someone@mail.example.com`.
 */
export type AllowedEmails = { addresses: ReadonlySet<string>; domains: ReadonlySet<string> };

const addressPattern = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
const domainPattern = /^@[^\s@,]+\.[^\s@,]+$/;

export function parseAllowedEmails(raw: string): AllowedEmails | { error: string } {
  const addresses = new Set<string>();
  const domains = new Set<string>();
  const entries = raw
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) return { error: 'lists no address or @domain' };
  for (const entry of entries) {
    if (domainPattern.test(entry)) domains.add(entry.slice(1));
    else if (addressPattern.test(entry)) addresses.add(entry);
    else return { error: `"${entry}" is neither an e-mail address nor an @domain entry` };
  }
  return { addresses, domains };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isAllowed(email: string, allowed: AllowedEmails): boolean {
  const normalized = normalizeEmail(email);
  if (allowed.addresses.has(normalized)) return true;
  const at = normalized.lastIndexOf('@');
  return at > 0 && allowed.domains.has(normalized.slice(at + 1));
}
