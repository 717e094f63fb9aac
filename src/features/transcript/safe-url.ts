/**
 * The URL as a link target only when it is plain http(s). Vendor data is visitor-written: a
 * `javascript:` or `data:` URL must never become a clickable link.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
