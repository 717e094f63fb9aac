import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  bodyRows,
  conversationsTable,
  failVendor,
  filterButton,
  holdVendorRequests,
  loadedCount,
  openRowAtEdge,
} from './list-helpers';
import { dayInStockholm } from './days';

// Each test loads a week of every vendor on a shared 2-core machine.
test.setTimeout(120_000);

const lastWeek = `from=${dayInStockholm(6)}&to=${dayInStockholm(0)}`;

function countStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /conversations?/ });
}

/** The key of the conversation a transcript URL opens: "livechat:ABC". */
function openKey(page: Page): string {
  const [, , vendor, id] = new URL(page.url()).pathname.split('/');
  return `${vendor ?? ''}:${decodeURIComponent(id ?? '')}`;
}

test.describe('reviewing many chats', () => {
  test('"Skip to results" is the first Tab stop and lands on the first row', async ({ page }) => {
    await page.goto(`/?${lastWeek}`);
    await loadedCount(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to results' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(bodyRows(page).first()).toBeFocused();

    // Without the skip link: how many Tab presses from a fresh load to the first row.
    await page.goto(`/?${lastWeek}`);
    await loadedCount(page);
    let presses = 0;
    while (presses < 40) {
      await page.keyboard.press('Tab');
      presses += 1;
      if (
        await bodyRows(page)
          .first()
          .evaluate((row) => row === document.activeElement)
      )
        break;
    }
    console.log(`Tab presses from page load to the first row, skip link not used: ${presses}`);
    // 28 before the date range became one button (issue 12).
    expect(presses).toBeLessThan(28);
  });

  test('K/J and the pane’s buttons step through the filtered, sorted list; the URL follows', async ({
    page,
  }) => {
    await page.goto(`/?${lastWeek}&status=answered`);
    await loadedCount(page);
    const keys = await bodyRows(page).evaluateAll((rows) =>
      rows.slice(0, 3).map((row) => row.getAttribute('data-key') ?? ''),
    );
    await openRowAtEdge(bodyRows(page).first());
    await expect(page.getByRole('button', { name: 'Close transcript' })).toBeVisible();
    expect(openKey(page)).toBe(keys[0]);
    await expect(page.getByRole('button', { name: 'Previous conversation' })).toBeDisabled();
    await expect(page.getByText(/^1 of [\d,]+/)).toBeVisible();

    await page.keyboard.press('j');
    await expect.poll(() => openKey(page)).toBe(keys[1]);
    await expect(page).toHaveURL(/status=answered/);
    await page.getByRole('button', { name: 'Next conversation' }).click();
    await expect.poll(() => openKey(page)).toBe(keys[2]);
    await expect(page.getByText(/^3 of [\d,]+/)).toBeVisible();
    await page.keyboard.press('k');
    await expect.poll(() => openKey(page)).toBe(keys[1]);
    await page.getByRole('button', { name: 'Previous conversation' }).click();
    await expect.poll(() => openKey(page)).toBe(keys[0]);

    // Typing in the search box is typing, not stepping.
    await page.getByRole('searchbox').fill('jk');
    await expect.poll(() => openKey(page)).toBe(keys[0]);
  });
});

test.describe('partial data', () => {
  // The browser logs the failed requests itself.
  test.use({ expectedConsoleErrors: [/502/] });

  test('the count names a failed vendor; exporting asks first and the result says what is missing', async ({
    page,
  }) => {
    await failVendor(page, 'livechat', { code: 'upstream', message: 'LiveChat is down', retryable: false });
    await page.goto(`/?${lastWeek}`);
    await expect(countStatus(page)).toHaveText(/^[\d,]+ conversations · LiveChat failed, not included$/, {
      timeout: 60_000,
    });
    const count = await loadedCount(page);

    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Export without some vendors?' });
    await expect(dialog).toContainText('without LiveChat (failed)');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(downloads).toBe(0);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await dialog.getByRole('button', { name: 'Export anyway' }).click();
    await downloading;
    const status = page.getByRole('region', { name: 'Export' });
    await expect(status).toContainText(`Downloaded ${count.toLocaleString('en-GB')}`);
    await expect(status).toContainText('Not in the file: LiveChat (failed).');
  });

  test('the count names a vendor still loading', async ({ page }) => {
    const release = await holdVendorRequests(page, 'imbox');
    await page.goto(`/?${lastWeek}`);
    await expect(countStatus(page)).toHaveText(/^[\d,]+ conversations · ImBox still loading$/, {
      timeout: 60_000,
    });
    release();
    await loadedCount(page);
  });
});

test('a vendor that never rates is named, not counted as unrated', async ({ page }) => {
  await page.goto(`/?${lastWeek}&vendor=socialintents`);
  const count = await loadedCount(page);
  const ratingIndex = (await conversationsTable(page).getByRole('columnheader').allInnerTexts()).findIndex(
    (text) => text.trim() === 'Rating',
  );
  await expect(bodyRows(page).first().getByRole('cell').nth(ratingIndex)).toContainText(
    'Social Intents does not rate chats',
  );
  await filterButton(page, 'Rating').click();
  await expect(page.getByRole('option', { name: /Vendor does not rate/ })).toContainText(
    'Social Intents does not rate chats',
  );
  // Every Social Intents chat is under "Vendor does not rate", none under "Unrated".
  await expect(page.getByRole('option', { name: /Vendor does not rate/ })).toContainText(
    new RegExp(`${count.toLocaleString('en-GB')}$`),
  );
  await page.getByRole('option', { name: /^Unrated/ }).click();
  await page.keyboard.press('Escape');
  await expect(countStatus(page)).toHaveText('0 conversations');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('rows are cards, reachable from the keyboard, opening the transcript', async ({ page }) => {
    await page.goto(`/?${lastWeek}&vendor=livechat`);
    await loadedCount(page);
    const card = bodyRows(page).first();
    const box = await card.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(390);
    expect(box?.height ?? 0).toBeGreaterThan(80);
    // Time, status, visitor, vendor, agents, rating and the first line, in one card.
    await expect(card.getByRole('cell')).toHaveCount(7);
    await expect(card.getByRole('cell').nth(3)).toHaveText('LiveChat');
    await expect(card.getByRole('cell').nth(6)).not.toBeEmpty();
    // Virtualized: a few cards in the DOM, not the whole list.
    expect(await bodyRows(page).count()).toBeLessThan(60);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(card).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(bodyRows(page).nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Transcript' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next conversation' })).toBeVisible();
  });
});
