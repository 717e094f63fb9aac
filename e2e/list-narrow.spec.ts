import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { bodyRows, conversationsTable, filterButton, loadedCount, openRowAtEdge } from './list-helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone-sized window the list stays readable and the transcript covers it', async ({ page }) => {
  await page.goto('/?status=answered');
  await loadedCount(page);

  // The time and the visitor are the first two columns, both inside the window.
  for (const name of ['Started', 'Visitor']) {
    const box = await conversationsTable(page).getByRole('columnheader', { name }).boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  }

  // Filters fold under one button.
  const vendorFilter = filterButton(page, 'Vendor');
  await expect(vendorFilter).toBeHidden();
  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(vendorFilter).toBeVisible();
  // The date fields are one Tab stop: a button opening them.
  await page.getByRole('button', { name: /^Date range/ }).click();
  await expect(page.getByLabel('From')).toBeVisible();
  await page.keyboard.press('Escape');

  await openRowAtEdge(bodyRows(page).first());
  const close = page.getByRole('button', { name: 'Close transcript' });
  await expect(close).toBeVisible();
  const closeBox = await close.boundingBox();
  expect((closeBox?.x ?? 0) + (closeBox?.width ?? 0)).toBeLessThanOrEqual(390);
  await close.click();
  await expect(page).toHaveURL(/\/\?status=answered$/);
  await expect(bodyRows(page).first()).toBeVisible();
});

test('on a phone-sized window the stored-data panel lies inside the window', async ({ page }) => {
  await page.goto('/');
  await loadedCount(page);
  await page.getByRole('button', { name: 'Stored data' }).click();
  const panel = page.getByRole('dialog', { name: 'Stored data' });
  // Each control whole inside the 390-pixel window, not cut at its left edge.
  for (const control of [
    panel.getByRole('button', { name: 'Refresh Social Intents' }),
    panel.getByRole('button', { name: 'Refresh all' }),
    panel.getByRole('button', { name: 'Forget data on this device' }),
    panel.getByText(/^Social Intents$/),
  ]) {
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Stored data' })).toBeFocused();
});

test('on a phone-sized window a visitor who left an e-mail but no name is shown by the e-mail', async ({
  page,
}) => {
  // Social Intents as it answers for visitors who typed only their address in the pre-chat form.
  await socialIntentsVisitors(page, (index) => ({ name: '', email: `visitor${String(index)}@example.org` }));
  await page.goto('/?vendor=socialintents');
  expect(await loadedCount(page)).toBeGreaterThan(0);
  const first = bodyRows(page).first();
  await expect(first).toContainText(/visitor\d+@example\.org/);
  await expect(first).not.toContainText('Anonymous');
});

test('on a phone-sized window a card shows the visitor’s name and, after it, their e-mail', async ({
  page,
}) => {
  await socialIntentsVisitors(page, (index) => ({
    name: `Mary Brown${String(index)}`,
    email: `mary${String(index)}@example.org`,
  }));
  await page.goto('/?vendor=socialintents');
  expect(await loadedCount(page)).toBeGreaterThan(0);
  await expect(bodyRows(page).first().getByRole('cell').filter({ hasText: 'Mary Brown' })).toHaveText(
    /^Mary Brown(\d+) · mary\1@example\.org$/,
  );
});

/** Social Intents' answers with each chat's visitor named and addressed by `visitor(index)`. */
function socialIntentsVisitors(page: Page, visitor: (index: number) => { name: string; email: string }) {
  return page.route('**/api/proxy/socialintents/**', async (route) => {
    const answer = await route.fetch();
    const body = (await answer.json()) as { chats?: Array<Record<string, unknown>> };
    for (const [index, chat] of (body.chats ?? []).entries()) {
      const { name, email } = visitor(index);
      chat['visitorName'] = name;
      chat['visitorFullName'] = name;
      chat['visitorEmail'] = email;
    }
    await route.fulfill({ response: answer, json: body });
  });
}
