import type { Page, Request } from '@playwright/test';
import { expect } from './fixtures';
import { vendorChip } from './list-helpers';

/** Records in one table of the device history (IndexedDB), 0 when there is none. */
export function storedCount(page: Page, table: 'spans' | 'buckets' | 'details'): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('backscroll-history');
        // Never create the database (an empty version 1 the app would have to upgrade), and never keep
        // it open: a connection left open blocks the app's own upgrade, and nothing would be stored.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          const db = open.result;
          const done = (count: number) => {
            db.close();
            resolve(count);
          };
          if (!db.objectStoreNames.contains(name)) return done(0);
          const counted = db.transaction(name).objectStore(name).count();
          counted.onsuccess = () => done(counted.result);
          counted.onerror = () => done(0);
        };
        open.onerror = () => resolve(0);
      }),
    table,
  );
}

/** Waits until every vendor's asked spans are stored on the device (they are stored after rows show). */
export async function storedAccounts(page: Page, count: number): Promise<void> {
  await expect.poll(() => storedCount(page, 'spans')).toBe(count);
}

/**
 * Until the ImBox details of the view are all fetched in the background: until then a reload goes on
 * fetching the ones not held yet (they are vendor requests too). The details start a moment after the
 * lists settle, and the chip counts them only once they have started: so done is when the chip shows no
 * count and the device has stored no new detail between two looks two seconds apart.
 */
export async function detailsDone(page: Page): Promise<void> {
  const chip = vendorChip(page, 'ImBox');
  let stored = -1;
  await expect
    .poll(
      async () => {
        const counting = /details \d/.test((await chip.allTextContents()).join(' '));
        const now = await storedCount(page, 'details');
        const settled = !counting && now === stored;
        stored = now;
        return settled;
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBe(true);
}

/** Requests that reach a vendor (or the SnapEngage store) through the proxy; not /api/vendors or health. */
const VENDOR_PATH = /\/api\/(proxy\/|inbox\/)?(socialintents|livechat|imbox|snapengage)\//;

/** Every vendor request the page (and its workers) makes from now on, by URL, decoded. */
export function recordVendorRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => {
    if (VENDOR_PATH.test(new URL(request.url()).pathname)) urls.push(decodeURIComponent(request.url()));
  });
  return urls;
}
