import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { HASHED_ASSET_CACHE, PAGE_CACHE, serveBuiltSite } from './built-site';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function builtSite(): Hono {
  const dist = mkdtempSync(path.join(tmpdir(), 'backscroll-dist-'));
  folders.push(dist);
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Backscroll</title>');
  writeFileSync(path.join(dist, 'assets', 'index-B1UBzoRd.js'), 'console.log("app")');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const site = new Hono();
  site.get('/api/vendors', (c) => c.json({ vendors: [] }, 200, { 'cache-control': 'no-store' }));
  serveBuiltSite(site, dist);
  return site;
}

describe('the built app as the server serves it', () => {
  it('lets the browser keep a hashed asset for good, so a reload neither downloads nor compiles it again', async () => {
    const response = await builtSite().request('/assets/index-B1UBzoRd.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("app")');
    expect(response.headers.get('cache-control')).toBe(HASHED_ASSET_CACHE);
    expect(HASHED_ASSET_CACHE).toContain('immutable');
    // Served to signed-in people only when sign-in is on: never kept by a shared cache.
    expect(HASHED_ASSET_CACHE).toContain('private');
  });

  it('has the page asked again on every visit, so a new build is picked up at once', async () => {
    const site = builtSite();
    for (const url of ['/', '/conversations/livechat/abc?from=2026-01-01']) {
      const response = await site.request(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Backscroll</title>');
      expect(response.headers.get('cache-control')).toBe(PAGE_CACHE);
    }
    expect((await site.request('/favicon.svg')).headers.get('cache-control')).toBe(PAGE_CACHE);
  });

  it('answers an asset no build has with 404, not the page, and lets nobody keep it', async () => {
    const response = await builtSite().request('/assets/index-OLDHASH1.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).not.toBe(HASHED_ASSET_CACHE);
  });

  it('leaves the API its own headers', async () => {
    const response = await builtSite().request('/api/vendors');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
