import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Waits until every vendor's asked spans are stored on the device (they are stored after rows show). */
export async function storedAccounts(page: Page, count: number): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('backscroll-history');
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('spans')) return resolve(0);
              const counted = db.transaction('spans').objectStore('spans').count();
              counted.onsuccess = () => resolve(counted.result);
              counted.onerror = () => resolve(0);
            };
            open.onerror = () => resolve(0);
          }),
      ),
    )
    .toBe(count);
}

/**
 * Until the ImBox details of the view are all fetched in the background: until then a reload goes on
 * fetching the ones not held yet (they are vendor requests too).
 */
export async function detailsDone(page: Page): Promise<void> {
  const imbox = page
    .getByRole('list', { name: 'Vendors' })
    .getByRole('listitem')
    .filter({ hasText: 'ImBox' });
  await expect(imbox).not.toContainText(/details \d/, { timeout: 60_000 });
}
