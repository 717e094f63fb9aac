/**
 * Just enough of a browser for HTTP-level sign-in tests: follows redirects one by one and keeps cookies
 * the way a browser does (per host, not per port; by path; Max-Age=0 or a past Expires deletes).
 */
type StoredCookie = { name: string; value: string; host: string; path: string };

export class CookieBrowser {
  private cookies: StoredCookie[] = [];
  /** Every URL requested, in order, redirects included. */
  readonly visited: string[] = [];

  cookie(name: string): string | undefined {
    return this.cookies.find((cookie) => cookie.name === name)?.value;
  }

  setCookie(name: string, value: string, url: string): void {
    const host = new URL(url).hostname;
    this.cookies = this.cookies.filter((cookie) => !(cookie.name === name && cookie.host === host));
    this.cookies.push({ name, value, host, path: '/' });
  }

  private store(url: URL, headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = '/';
      let expired = false;
      for (const attribute of attributes) {
        const [key = '', attributeValue = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = attributeValue;
        if (key.toLowerCase() === 'max-age' && Number(attributeValue) <= 0) expired = true;
        if (key.toLowerCase() === 'expires' && Date.parse(attributeValue) < Date.now()) expired = true;
      }
      this.cookies = this.cookies.filter(
        (cookie) => !(cookie.name === name && cookie.host === url.hostname && cookie.path === path),
      );
      if (!expired) this.cookies.push({ name, value, host: url.hostname, path });
    }
  }

  private cookieHeader(url: URL): string {
    return this.cookies
      .filter(
        (cookie) =>
          cookie.host === url.hostname &&
          (url.pathname === cookie.path ||
            url.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`)),
      )
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  /** One request, no redirect followed. */
  async request(url: string, init: { method?: string; headers?: Record<string, string> } = {}) {
    const target = new URL(url);
    this.visited.push(target.href);
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(target);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, { method: init.method ?? 'GET', headers, redirect: 'manual' });
    this.store(target, response.headers);
    return response;
  }

  /** A page navigation: follows redirects (as GETs) until an answer that is not one. */
  async navigate(url: string, init: { method?: string; stopAt?: (url: URL) => boolean } = {}) {
    let current = new URL(url);
    let method = init.method ?? 'GET';
    for (let hops = 0; hops < 20; hops += 1) {
      if (init.stopAt?.(current)) return { url: current, response: null };
      const response = await this.request(current.href, {
        method,
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      await response.body?.cancel();
      current = new URL(location, current);
      method = 'GET';
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
