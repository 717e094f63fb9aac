import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { bodyRows, conversationsTable, openRowAtEdge, transcriptPane } from './list-helpers';

// Each test loads every demo vendor two or three times; on a loaded two-core machine that takes a while.
test.describe.configure({ timeout: 150_000 });

/** The count above the table or the charts once every vendor has loaded: "1,234 conversations". */
async function loadedCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /conversations?/ });
  await expect(status).toHaveText(/^[\d,]+ conversations?$/, { timeout: 60_000 });
  return Number((await status.innerText()).replace(/[^\d]/g, ''));
}

const overviewCount = loadedCount;

function tile(page: Page, name: string) {
  return page.getByRole('region', { name: 'Totals' }).getByRole('link', { name: new RegExp(`^${name}`) });
}

function numberIn(text: string): number {
  return Number((/[\d,]+/.exec(text)?.[0] ?? '').replace(/,/g, ''));
}

test.describe('the overview', () => {
  test('counts what the filtered list shows, and switching keeps the filters', async ({ page }) => {
    await page.goto('/?vendor=livechat&vendor=socialintents');
    const listed = await loadedCount(page);
    expect(listed).toBeGreaterThan(10);

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Overview' }).click();
    await expect(page).toHaveURL(/\/overview\?vendor=livechat&vendor=socialintents/);
    expect(await overviewCount(page)).toBe(listed);
    expect(numberIn(await tile(page, 'Conversations').innerText())).toBe(listed);
    const statuses = await Promise.all(
      ['Answered', 'Missed', 'Offline'].map(async (name) => numberIn(await tile(page, name).innerText())),
    );
    expect(statuses.reduce((a, b) => a + b, 0)).toBe(listed);
    await expect(tile(page, 'Missed')).toContainText(/% of chats missed/);

    // The per-day table, summed over its days, is the same count; only the filtered vendors have columns.
    const perDay = page.getByRole('region', { name: 'Conversations per day' });
    await perDay.getByRole('button', { name: 'Show table' }).click();
    const table = perDay.getByRole('table', { name: 'Conversations per day by vendor' });
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(['Day', 'Social Intents', 'LiveChat', 'Total']);
    const totals = await table.getByRole('row').locator('td:last-child').allInnerTexts();
    expect(totals.reduce((sum, text) => sum + numberIn(text), 0)).toBe(listed);

    // Clicking a status opens the list filtered to it, keeping the vendors.
    const missed = numberIn(await tile(page, 'Missed').innerText());
    await tile(page, 'Missed').click();
    await expect(page).toHaveURL(/^[^?]*\/\?vendor=livechat&vendor=socialintents&status=missed/);
    // The overview (with a count of its own) stays on screen while the list renders: read the list's.
    await expect(conversationsTable(page)).toBeVisible();
    expect(await loadedCount(page)).toBe(missed);

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Overview' }).click();
    await expect(page).toHaveURL(/\/overview\?vendor=livechat&vendor=socialintents&status=missed/);
    expect(numberIn(await tile(page, 'Conversations').innerText())).toBe(missed);
  });

  test('clicking an agent opens the list filtered to them, with as many conversations', async ({ page }) => {
    await page.goto('/overview');
    await overviewCount(page);
    const agents = page.getByRole('table', { name: /per agent/ });
    const firstRow = agents.getByRole('row').nth(1);
    const name = (await firstRow.getByRole('rowheader').innerText()).trim();
    const conversations = numberIn(await firstRow.getByRole('cell').first().innerText());
    expect(conversations).toBeGreaterThan(0);

    await firstRow.getByRole('link', { name }).click();
    await expect(page).toHaveURL(
      new RegExp(`^[^?]*/\\?agent=${encodeURIComponent(name).replace(/%20/g, '(\\+|%20)')}`),
    );
    // The overview (with a count of its own) stays on screen while the list renders: read the list's.
    await expect(conversationsTable(page)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Filters' })).toContainText(name);
    expect(await loadedCount(page)).toBe(conversations);
  });

  test('tz in the link changes the shown times, and the page says the zone', async ({ page }) => {
    await page.goto('/?tz=Asia/Tokyo');
    await loadedCount(page);
    await expect(conversationsTable(page).getByRole('columnheader', { name: /Started/ })).toContainText(
      'GMT+9',
    );
    // The zone is changed where the days are: in the date range's popover.
    await page.getByRole('button', { name: /^Date range/ }).click();
    await expect(page.getByRole('combobox', { name: /Timezone/ })).toHaveValue('Asia/Tokyo');
    const popover = page.getByRole('dialog', { name: 'Date range' });
    while (await popover.isVisible()) await page.keyboard.press('Escape');

    const time = bodyRows(page).first().locator('time');
    const instant = Date.parse((await time.getAttribute('datetime')) ?? '');
    const tokyo = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Asia/Tokyo',
    }).format(instant);
    await expect(time).toHaveText(tokyo);

    // The transcript's header says the zone too.
    await openRowAtEdge(bodyRows(page).first());
    const pane = transcriptPane(page);
    await expect(pane).toContainText('(Asia/Tokyo)');

    // The overview follows the same link.
    await page.goto('/overview?tz=Asia/Tokyo');
    await overviewCount(page);
    await expect(page.getByRole('region', { name: 'Busiest hours' })).toContainText('in Asia/Tokyo');
  });

  test('the timezone is chosen from a searchable list and goes into the link', async ({ page }) => {
    await page.goto('/overview?vendor=livechat');
    await overviewCount(page);
    await page.getByRole('button', { name: /^Date range/ }).click();
    const zone = page.getByRole('combobox', { name: /Timezone/ });
    await zone.fill('tokyo');
    await page.getByRole('option', { name: 'Asia/Tokyo' }).click();
    await expect(page).toHaveURL(/\/overview\?vendor=livechat&tz=Asia%2FTokyo/);
    await expect(zone).toHaveValue('Asia/Tokyo');
    await expect(page.getByText('Timezone (GMT+9)')).toBeVisible();
  });

  for (const [name, width, height] of [
    ['wide', 1440, 900],
    ['narrow', 390, 844],
  ] as const) {
    test(`has no serious or critical accessibility violations (${name})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/overview');
      await overviewCount(page);
      // With the tables open, so they are scanned too.
      const showTable = page.getByRole('button', { name: 'Show table' });
      while ((await showTable.count()) > 0) await showTable.first().click();
      await expect(page.getByRole('button', { name: 'Hide table' })).toHaveCount(3);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const blocking = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      expect(blocking).toEqual([]);
    });
  }
});
