import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * SnapEngage sends the configured token in an `Authentication` header (that spelling, see docs/vendor-api/NOTES.md);
 * proxies and hand-made tests tend to use `Authorization`, with or without "Bearer ", so all are accepted.
 */
export function presentedTokens(headers: Headers): string[] {
  const tokens: string[] = [];
  for (const name of ['authentication', 'authorization']) {
    const value = headers.get(name)?.trim();
    if (!value) continue;
    tokens.push(value);
    const bearer = /^bearer\s+(.+)$/i.exec(value);
    if (bearer?.[1]) tokens.push(bearer[1].trim());
  }
  return tokens;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Compares SHA-256 digests in constant time, so neither the token's content nor its length leaks. */
export function tokenMatches(headers: Headers, expected: string): boolean {
  const wanted = digest(expected);
  let matched = false;
  // Every candidate is compared (no early exit), so the time taken does not say which header matched.
  for (const token of presentedTokens(headers)) matched = timingSafeEqual(digest(token), wanted) || matched;
  return matched;
}
