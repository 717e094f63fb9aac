import type { Page } from '@playwright/test';
import { dayInStockholm } from './days';
import { recordVendorRequests } from './device-history';
import { expect, test } from './fixtures';
import { bodyRows, loadedCount, transcriptPane } from './list-helpers';

/**
 * When the browser gives Backscroll no room (its quota for the site, as a full disk or a strict browser
 * sets it), the view still loads from the vendors, says on screen that it is not kept, and a reload loads
 * it from the vendors again. Chromium's DevTools protocol sets the site's quota, as the browser would.
 */
const view = `/?from=${dayInStockholm(12)}&to=${dayInStockholm(5)}`;

async function withQuota(page: Page, origin: string, bytes: number, run: () => Promise<void>): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: bytes });
  try {
    await run();
  } finally {
    // Without a size the override is lifted, so no later test inherits it.
    await devtools.send('Storage.overrideQuotaForOrigin', { origin });
  }
}

async function expectNotKept(page: Page, reason: RegExp): Promise<void> {
  const button = page.getByRole('button', { name: 'Stored data · not kept' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('dialog', { name: 'Stored data' })).toContainText(reason);
  await page.keyboard.press('Escape');
}

test('when the quota is used up while storing, the view stays, says it is not kept, and a reload asks again', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const requests = recordVendorRequests(page);
  // Room to open the history, not to store eight days of conversations.
  await withQuota(page, new URL(baseURL ?? '').origin, 100_000, async () => {
    await page.goto(view);
    const total = await loadedCount(page);
    expect(total).toBeGreaterThan(0);
    await expectNotKept(
      page,
      /Not kept on this device: The browser refused to store more \(its space for this site is used up\)\. What you load stays in this tab only; a reload asks the vendors again\./,
    );
    // Nothing was lost for the view: the rows stay, and a transcript opens from memory.
    expect(await loadedCount(page)).toBe(total);
    await bodyRows(page).first().getByRole('cell').first().click();
    await expect(transcriptPane(page).getByRole('list', { name: 'Messages' })).toBeVisible();

    requests.length = 0;
    await page.reload();
    expect(await loadedCount(page)).toBe(total);
    expect(requests.length).toBeGreaterThan(0);
  });
});

test('when the browser gives no storage at all, the view loads from the vendors and says so', async ({
  page,
  baseURL,
}) => {
  await withQuota(page, new URL(baseURL ?? '').origin, 1_000, async () => {
    await page.goto(view);
    expect(await loadedCount(page)).toBeGreaterThan(0);
    await expectNotKept(
      page,
      /Not kept on this device: The browser gave no storage \(its space for this site is used up\)\./,
    );
  });
});
