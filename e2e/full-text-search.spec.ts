import type { Page } from '@playwright/test';
import { dayInStockholm } from './days';
import { expect, test } from './fixtures';
import {
  bodyRows,
  columnTexts,
  conversationsTable,
  fold,
  holdLiveChatAfterFirstPages,
  openRowAtEdge,
  transcriptPane,
} from './list-helpers';

/** The settled count in role=status ("1,234 conversations"); loading and searching may take a while. */
async function loadedCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /conversations?/ });
  await expect(status).toHaveText(/^[\d,]+ conversations?$/, { timeout: 90_000 });
  return Number((await status.innerText()).replace(/[^\d]/g, ''));
}

// Marks are found by their tag: <mark> has no ARIA role Playwright can query.
// Words the demo transcripts hold (mocks/generator/vocabulary.ts) in no visitor's e-mail, name or id: the
// search box found nothing for them before it searched messages.
test.describe('full-text search', () => {
  test.setTimeout(240_000);

  /** Searches from an empty box, so the count must move away from `total` (every query here finds fewer). */
  async function search(page: Page, text: string, total: number): Promise<number> {
    const box = page.getByRole('searchbox', { name: 'Search visitors and messages' });
    const status = page.getByRole('status').filter({ hasText: /conversations?/ });
    await box.fill('');
    await expect(status).toHaveText(`${total.toLocaleString('en')} conversations`, { timeout: 90_000 });
    await box.fill(text);
    await expect(status).not.toHaveText(`${total.toLocaleString('en')} conversations`, { timeout: 90_000 });
    await expect(page).toHaveURL((url) => url.searchParams.get('q') === text);
    return loadedCount(page);
  }

  test('finds a word said in the messages and marks it in each row', async ({ page }) => {
    await page.goto('/');
    const total = await loadedCount(page);
    const found = await search(page, 'invoice', total);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(total);
    for (const text of await columnTexts(page, 'Matched text')) expect(fold(text)).toContain('invoice');
    const marks = conversationsTable(page).locator('mark');
    await expect(marks.first()).toHaveText(/^invoice$/i);
  });

  test('a quoted phrase needs its words together; loose words may stand apart', async ({ page }) => {
    await page.goto('/');
    const total = await loadedCount(page);
    const phrase = await search(page, '"double charge"', total);
    expect(phrase).toBeGreaterThan(0);
    for (const text of await columnTexts(page, 'Matched text')) expect(fold(text)).toContain('double charge');
    await expect(conversationsTable(page).locator('mark').first()).toHaveText(/^double charge$/i);
    // The same words in either order, apart: at least every conversation with the phrase.
    expect(await search(page, 'charge double', total)).toBeGreaterThanOrEqual(phrase);
    expect(await search(page, '"charge double"', total)).toBe(0);
  });

  test('finds an accented name typed without its accents', async ({ page }) => {
    await page.goto('/');
    const total = await loadedCount(page);
    expect(await search(page, 'muller', total)).toBeGreaterThan(0);
    // Each row holds "muller" somewhere (the name, or an e-mail such as mary.muller2@…): its snippet shows where.
    for (const text of await columnTexts(page, 'Matched text')) expect(fold(text)).toContain('muller');
    expect(await columnTexts(page, 'Visitor')).toContainEqual(expect.stringContaining('Müller'));
    await expect(
      conversationsTable(page)
        .locator('mark', { hasText: /^Müller$/ })
        .first(),
    ).toBeVisible();
  });

  test('opening a match scrolls to it and steps between the matches', async ({ page }) => {
    await page.goto('/');
    const total = await loadedCount(page);
    // Refund conversations often say it twice ("Can I get a refund …", "… I have refunded …"): open the
    // first row whose transcript has at least two matches.
    const found = await search(page, 'refund', total);
    expect(found).toBeGreaterThan(0);
    const pane = transcriptPane(page);
    const counter = pane.getByText(/^Match \d+ of \d+$/);
    for (let row = 0; row < Math.min(found, 10); row++) {
      await openRowAtEdge(bodyRows(page).nth(row));
      await expect(counter).toHaveText(/^Match 1 of \d+$/);
      if (!/^Match 1 of 1$/.test(await counter.innerText())) break;
      await pane.getByRole('button', { name: 'Close transcript' }).click();
    }
    await expect(counter).toHaveText(/^Match 1 of [2-9]/);
    const matches = Number((await counter.innerText()).replace(/^Match 1 of /, ''));
    const messages = pane.getByRole('list', { name: 'Messages' });
    await expect(messages.locator('mark').first()).toBeInViewport();
    expect(await messages.locator('mark').count()).toBe(matches);

    await pane.getByRole('button', { name: 'Next match' }).click();
    await expect(counter).toHaveText(`Match 2 of ${matches}`);
    await page.keyboard.press('n');
    await expect(counter).toHaveText(`Match ${matches >= 3 ? 3 : 1} of ${matches}`);
    await page.keyboard.press('Shift+N');
    await expect(counter).toHaveText(`Match 2 of ${matches}`);
    await pane.getByRole('button', { name: 'Previous match' }).click();
    await expect(counter).toHaveText(`Match 1 of ${matches}`);
    await expect(pane.getByText('Shift+N')).toBeVisible();
  });

  // The search worker is given the list's text once the list is complete (use-text-search.ts), so a
  // search typed before then must send what is shown itself, and follow what comes after.
  test('a search typed while a vendor is still loading looks inside what has come, then the rest', async ({
    page,
  }) => {
    const release = await holdLiveChatAfterFirstPages(page);
    await page.goto(`/?vendor=livechat&from=${dayInStockholm(29)}&to=${dayInStockholm(0)}`);
    const status = page.getByRole('status').filter({ hasText: /conversations?/ });
    const stillLoading = /^[1-9][\d,]* conversations? · LiveChat still loading$/;
    await expect(status).toHaveText(stillLoading, { timeout: 30_000 });

    // Said in about three demo conversations of four (the agent's "Anything else I can help with?").
    await page.getByRole('searchbox', { name: 'Search visitors and messages' }).fill('"anything else"');
    const marks = conversationsTable(page).locator('mark');
    await expect(marks.first()).toHaveText(/^anything else$/i, { timeout: 30_000 });
    await expect(status).toHaveText(stillLoading);
    const early = Number((await status.innerText()).replace(/\D.*$/s, '').replace(/,/g, ''));
    for (const text of await columnTexts(page, 'Matched text')) expect(fold(text)).toContain('anything else');

    release();
    expect(await loadedCount(page)).toBeGreaterThan(early);
    for (const text of await columnTexts(page, 'Matched text')) expect(fold(text)).toContain('anything else');
  });
});
