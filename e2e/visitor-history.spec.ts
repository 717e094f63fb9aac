import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { exportCsv } from './export-helpers';
import { expect, test } from './fixtures';
import { bodyRows, conversationsTable, transcriptPane } from './list-helpers';
import { dayInStockholm } from './days';

/** A returning demo visitor (mocks/generator/vocabulary.ts): conversations with every vendor, some old. */
const EMAIL = 'zoe.muller@example.org';
const VISITOR_PATH = `/visitors/${encodeURIComponent(EMAIL)}`;
const DAY = 86_400_000;

/** The list's CSV header (README, e2e/export.spec.ts): the visitor page exports the same columns. */
const LIST_HEADER = [
  'vendor',
  'id',
  'started_at',
  'duration_seconds',
  'status',
  'visitor_name',
  'visitor_email',
  'agents',
  'tags',
  'rating',
  'message_count',
  'page_url',
];

/** The list searched for the visitor over its last week (where each returning visitor has a chat). */
async function openListOfVisitor(page: Page): Promise<void> {
  await page.goto(`/?q=${encodeURIComponent(EMAIL)}&from=${dayInStockholm(6)}&to=${dayInStockholm(0)}`);
  // The rows, not the whole load: the machine running the suite may be slow.
  await expect(conversationsTable(page).getByRole('link', { name: EMAIL }).first()).toBeVisible({
    timeout: 45_000,
  });
}

function timeline(page: Page) {
  return page.getByRole('list', { name: 'Conversations' });
}

/** The count in the page's one role=status element, once every vendor has answered. */
async function visitorCount(page: Page): Promise<number> {
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^[\d,]+ conversations?$/, { timeout: 60_000 });
  await expect(status).toHaveCount(1);
  return Number((await status.innerText()).replace(/[^\d]/g, ''));
}

test.describe("a visitor's history", () => {
  test.describe.configure({ timeout: 120_000 });

  test('opens from the e-mail link in the table and lists every vendor over all time', async ({ page }) => {
    await openListOfVisitor(page);
    const listRange = Date.now() - 7 * DAY;
    await conversationsTable(page).getByRole('link', { name: EMAIL }).first().click();
    await expect(page).toHaveURL(VISITOR_PATH);
    await expect(page.getByRole('heading', { level: 2, name: 'Zoë Müller' })).toBeVisible();

    const count = await visitorCount(page);
    const entries = timeline(page).getByRole('listitem');
    await expect(entries).toHaveCount(count);
    const texts = await entries.allInnerTexts();
    const vendors = ['Social Intents', 'LiveChat', 'ImBox', 'SnapEngage'].filter((label) =>
      texts.some((text) => text.includes(label)),
    );
    expect(vendors.length, vendors.join(', ')).toBeGreaterThanOrEqual(3);
    // Newest first, and reaching back before the list's 30 days.
    const starts = (await timeline(page)
      .locator('time')
      .evaluateAll((times) =>
        times.map((time) => Date.parse(time.getAttribute('datetime') ?? '')),
      )) as number[];
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(starts.some((start) => start < listRange)).toBe(true);

    // Each entry opens its transcript beside the timeline, by keyboard too.
    await entries.last().getByRole('link').focus();
    await page.keyboard.press('Enter');
    const pane = transcriptPane(page);
    await expect(pane.getByRole('list', { name: 'Messages' })).toBeVisible();
    await expect(pane.getByRole('link', { name: EMAIL }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(VISITOR_PATH);
  });

  test('opens from the transcript pane, and from a row by keyboard, while rows still open on click', async ({
    page,
  }) => {
    await openListOfVisitor(page);
    const row = bodyRows(page).first();
    // A click on the row (not on a link) still opens its transcript.
    await row
      .getByRole('cell')
      .first()
      .click({ position: { x: 150, y: 10 } });
    await expect(page).toHaveURL(/\/conversations\//);
    const pane = transcriptPane(page);
    await pane.getByRole('link', { name: 'Zoë Müller' }).first().click();
    await expect(page).toHaveURL(VISITOR_PATH);
    await visitorCount(page);

    // Keyboard: focus a row, Tab to its visitor link, Enter follows it; arrows still move between rows.
    await openListOfVisitor(page);
    await bodyRows(page).first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(bodyRows(page).nth(1)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(bodyRows(page).nth(1).getByRole('link', { name: 'Zoë Müller' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(VISITOR_PATH);
  });

  test("exports the visitor's conversations under the list's header", async ({ page }) => {
    await page.goto(VISITOR_PATH);
    const count = await visitorCount(page);
    const { records } = await exportCsv(page);
    expect(records[0]).toEqual(LIST_HEADER);
    expect(records.slice(1)).toHaveLength(count);
    const emailColumn = LIST_HEADER.indexOf('visitor_email');
    expect(records.slice(1).every((record) => record[emailColumn] === EMAIL)).toBe(true);
    await expect(page.getByRole('status')).toHaveCount(1);
  });

  for (const width of [1440, 390]) {
    test(`has no serious or critical accessibility violations at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(VISITOR_PATH);
      await visitorCount(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      expect(serious).toEqual([]);
    });
  }
});
