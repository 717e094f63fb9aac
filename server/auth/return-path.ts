/**
 * Where to go after signing in: only a path on this same site. Anything that could leave it
 * (`//evil.example`, `/\evil.example`, `https://…`, control characters) falls back to `/`.
 */
export function safeReturnPath(raw: string | undefined | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(raw)) return '/';
  const base = 'http://backscroll.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return '/';
  }
  if (url.origin !== base) return '/';
  // Never back into the sign-in routes themselves (a loop), nor to an API answer.
  if (url.pathname.startsWith('/auth/') || url.pathname.startsWith('/api/')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
