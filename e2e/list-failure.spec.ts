import { expect, test } from './fixtures';
import { bodyRows, columnTexts, failVendor, loadedCount, vendorChip } from './list-helpers';

const livechatRefused = {
  code: 'auth',
  message:
    "LiveChat refused Backscroll's credentials (HTTP 401). Check LIVECHAT_LOGIN and LIVECHAT_API_KEY in the server's configuration.",
  upstreamStatus: 401,
  retryable: false,
};

// The browser logs the failed request itself.
test.use({ expectedConsoleErrors: [/502/] });

test('a failing vendor shows its error and a Retry while the others’ rows stay', async ({ page }) => {
  await failVendor(page, 'livechat', livechatRefused);
  await page.goto('/');

  const alert = page.getByRole('alert').filter({ hasText: 'LiveChat could not be loaded' });
  await expect(alert).toContainText('Check LIVECHAT_LOGIN and LIVECHAT_API_KEY');
  await expect(vendorChip(page, 'LiveChat')).toContainText('Failed');

  const withoutLivechat = await loadedCount(page);
  expect(withoutLivechat).toBeGreaterThan(0);
  const vendors = new Set(await columnTexts(page, 'Vendor'));
  expect(vendors.has('LiveChat')).toBe(false);
  expect(vendors.size).toBeGreaterThan(0);

  // The vendor recovers: Retry fetches LiveChat alone and its rows join the others.
  await page.unroute('**/api/proxy/livechat/**');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toHaveCount(0);
  await expect.poll(() => loadedCount(page)).toBeGreaterThan(withoutLivechat);
  await page.goto('/?vendor=livechat');
  await expect(bodyRows(page).first()).toBeVisible();
});
