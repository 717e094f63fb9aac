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
