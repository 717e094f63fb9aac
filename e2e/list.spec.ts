import { expect, test } from './fixtures';
import { bodyRows, columnTexts, conversationsTable, filterButton, fold, loadedCount } from './list-helpers';

test.describe('the conversation list', () => {
  test('shows every demo vendor’s conversations with their count', async ({ page }) => {
    await page.goto('/');
    const total = await loadedCount(page);
    expect(total).toBeGreaterThan(10);

    const vendors = page.getByRole('list', { name: 'Vendors' });
    for (const label of ['Social Intents', 'LiveChat', 'ImBox', 'SnapEngage']) {
      await expect(vendors.getByRole('listitem').filter({ hasText: label })).toContainText('Demo');
    }
    await expect(vendors).not.toContainText('Failed');

    const shownVendors = new Set(await columnTexts(page, 'Vendor'));
    expect(shownVendors.size).toBeGreaterThan(1);
    const started = await columnTexts(page, 'Started');
    expect(started[0]).toMatch(/\d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
  });

  test('filters given in the link narrow the rows and the count', async ({ page }) => {
    // Three cold page loads, each starting its history worker and reading the device's history.
    test.setTimeout(60_000);
    await page.goto('/');
    const total = await loadedCount(page);

    await page.goto('/?status=missed');
    const missed = await loadedCount(page);
    expect(missed).toBeGreaterThan(0);
    expect(missed).toBeLessThan(total);
    expect(new Set(await columnTexts(page, 'Status'))).toEqual(new Set(['Missed']));
    await expect(filterButton(page, 'Status')).toContainText('Missed');

    await page.goto('/?status=missed&status=offline&vendor=livechat');
    const narrowed = await loadedCount(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(total);
    expect(new Set(await columnTexts(page, 'Vendor'))).toEqual(new Set(['LiveChat']));
    for (const status of await columnTexts(page, 'Status')) expect(['Missed', 'Offline']).toContain(status);
  });

  test('finds visitors by part of their e-mail address', async ({ page }) => {
    await page.goto('/');
    const total = await loadedCount(page);
    const email = (await columnTexts(page, 'E-mail')).find((text) => text.includes('@'));
    if (!email) throw new Error('no row with an e-mail address');
    const part = email.slice(0, email.indexOf('@')).toUpperCase();

    await page.getByRole('searchbox', { name: 'Search visitors' }).fill(part);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(part)}`));
    const found = await loadedCount(page);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(total);
    for (const shown of await columnTexts(page, 'E-mail')) expect(shown).toContain(part.toLowerCase());
  });

  test('finds a visitor by a whole e-mail address, whatever its case', async ({ page }) => {
    await page.goto('/');
    await loadedCount(page);
    const email = (await columnTexts(page, 'E-mail')).find((text) => text.includes('@'));
    if (!email) throw new Error('no row with an e-mail address');

    // A whole address is also handed to the vendors that can filter by e-mail themselves.
    await page.getByRole('searchbox', { name: 'Search visitors' }).fill(email.toUpperCase());
    // Once in the link, the address is also asked of the vendors: the count settles after their answers.
    await expect(page).toHaveURL(/[?&]q=/);
    const found = await loadedCount(page);
    expect(found).toBeGreaterThan(0);
    expect(new Set(await columnTexts(page, 'E-mail'))).toEqual(new Set([email]));
  });

  test('typing a search makes one history entry, so Back leaves the search', async ({ page }) => {
    await page.goto('/?status=answered');
    await loadedCount(page);
    const box = page.getByRole('searchbox', { name: 'Search visitors' });
    await box.fill('ma');
    await expect(page).toHaveURL(/[?&]q=ma$/);
    await box.fill('mar');
    await expect(page).toHaveURL(/[?&]q=mar$/);

    await page.goBack();
    await expect(page).toHaveURL(/\/\?status=answered$/);
    await expect(box).toHaveValue('');
    await page.goForward();
    await expect(box).toHaveValue('mar');
  });

  test('a search typed just before a reload is still there after it', async ({ page }) => {
    await page.goto('/?status=answered');
    const answered = await loadedCount(page);
    const box = page.getByRole('searchbox', { name: 'Search visitors' });
    await box.fill('mar');
    // No wait for the link: the reload comes within the pause before the typed text is written into it.
    await page.reload();
    await expect(box).toHaveValue('mar');
    await expect(page).toHaveURL(/\/\?status=answered&q=mar$/);
    const found = await loadedCount(page);
    // As without the reload, the search is one history entry: Back leaves it.
    await page.goBack();
    await expect(page).toHaveURL(/\/\?status=answered$/);
    await expect(box).toHaveValue('');
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(answered);
    // The box empties at once; the list follows it a render later.
    await expect.poll(() => loadedCount(page)).toBe(answered);
  });

  test('sorts by a column when its header is clicked', async ({ page }) => {
    await page.goto('/');
    await loadedCount(page);
    const visitorHeader = conversationsTable(page).getByRole('columnheader', { name: 'Visitor' });
    await expect(conversationsTable(page).getByRole('columnheader', { name: 'Started' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await visitorHeader.getByRole('button').click();
    await expect(visitorHeader).toHaveAttribute('aria-sort', 'ascending');
    const ascending = (await columnTexts(page, 'Visitor')).slice(0, 15).map(fold);
    expect(ascending).toEqual([...ascending].sort());

    await visitorHeader.getByRole('button').click();
    await expect(visitorHeader).toHaveAttribute('aria-sort', 'descending');
    const descending = (await columnTexts(page, 'Visitor')).slice(0, 15).map(fold);
    expect(descending).toEqual([...descending].sort().reverse());
    expect(descending[0]).not.toBe(ascending[0]);
  });

  test('Back and Forward restore the filters', async ({ page }) => {
    await page.goto('/');
    const total = await loadedCount(page);

    await filterButton(page, 'Status').click();
    // A filter's choices are a multiple-selection listbox: an option is chosen when aria-selected.
    await page.getByRole('option', { name: 'Missed' }).click();
    await expect(page.getByRole('option', { name: 'Missed' })).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/[?&]status=missed/);
    const missed = await loadedCount(page);
    await page.keyboard.press('Escape');

    await filterButton(page, 'Rating').click();
    await page.getByRole('option', { name: 'Unrated' }).click();
    await expect(page.getByRole('option', { name: 'Unrated' })).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/rating=unrated/);
    await page.keyboard.press('Escape');

    await page.goBack();
    await expect(page).not.toHaveURL(/rating=/);
    await expect(page).toHaveURL(/status=missed/);
    expect(await loadedCount(page)).toBe(missed);
    await expect(filterButton(page, 'Rating')).not.toContainText('Unrated');

    await page.goBack();
    await expect(page).not.toHaveURL(/status=/);
    expect(await loadedCount(page)).toBe(total);

    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(/status=missed/);
    await expect(page).toHaveURL(/rating=unrated/);
    await expect(filterButton(page, 'Rating')).toContainText('Unrated');
  });

  test('explains an empty result and clears the filters', async ({ page }) => {
    await page.goto('/?q=no-such-visitor-anywhere&tag=vip');
    await expect(page.getByRole('heading', { name: 'No conversations match these filters' })).toBeVisible({
      timeout: 20_000,
    });
    const active = page.getByRole('list', { name: 'Active filters' });
    await expect(active).toContainText('no-such-visitor-anywhere');
    await expect(active).toContainText('vip');
    expect(await loadedCount(page)).toBe(0);

    await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/[?&](q|tag)=/);
    await expect(page.getByRole('searchbox', { name: 'Search visitors' })).toHaveValue('');
    await expect(bodyRows(page).first()).toBeVisible();
    expect(await loadedCount(page)).toBeGreaterThan(0);
  });

  test('opening a conversation keeps the filters, the sort and the scroll; closing returns to them', async ({
    page,
  }) => {
    await page.goto('/?status=answered');
    await loadedCount(page);
    const visitorHeader = conversationsTable(page).getByRole('columnheader', { name: 'Visitor' });
    await visitorHeader.getByRole('button').click();
    await expect(visitorHeader).toHaveAttribute('aria-sort', 'ascending');
    await conversationsTable(page).hover();
    await page.mouse.wheel(0, 600);
    await expect(bodyRows(page).first()).not.toBeInViewport();

    // Rows are virtualized and the columns change beside the transcript: follow this row by its key.
    const key = await bodyRows(page).nth(20).getAttribute('data-key');
    const row = conversationsTable(page).locator(`tr[data-key="${key}"]`);
    // On its start time: the row's centre can be the visitor's e-mail, a link to the visitor's history.
    await row.getByRole('cell').first().click();
    await expect(page).toHaveURL(/\/conversations\/[a-z]+\/[^?]+\?status=answered$/);
    await expect(row).toHaveAttribute('aria-current', 'true');
    await expect(row).toBeInViewport();
    await expect(visitorHeader).toHaveAttribute('aria-sort', 'ascending');

    await page.getByRole('button', { name: 'Close transcript' }).click();
    await expect(page).toHaveURL(/\/\?status=answered$/);
    await expect(row).not.toHaveAttribute('aria-current', 'true');
    await expect(row).toBeInViewport();
    await expect(visitorHeader).toHaveAttribute('aria-sort', 'ascending');
  });

  test('the rows fill the window it is shown in, and a taller window at once', async ({ page }) => {
    // Only the rows in view are rendered; the list learns its height after the browser's layout, so a
    // window that grows must still have rows to its bottom edge.
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto('/');
    await loadedCount(page);
    const bottomOfLastRow = async () => {
      const box = await bodyRows(page).last().boundingBox();
      return box ? box.y + box.height : 0;
    };
    expect(await bottomOfLastRow()).toBeGreaterThanOrEqual(500);

    await page.setViewportSize({ width: 1280, height: 1300 });
    await expect.poll(bottomOfLastRow).toBeGreaterThanOrEqual(1300);
    await expect(bodyRows(page).first()).toBeInViewport();
  });

  test('hovering or focusing a row fetches its transcript before it is opened', async ({ page }) => {
    // ImBox rows carry no messages: their transcript is the lazily fetched one worth prefetching. The
    // background fetches details newest first, so the oldest rows of 90 days still lack theirs.
    await page.goto('/?vendor=imbox&status=answered');
    await loadedCount(page);
    await page.getByRole('button', { name: /^Date range/ }).click();
    await page.getByRole('button', { name: 'Last 90 days' }).click();
    await page.keyboard.press('Escape');
    await loadedCount(page);
    await conversationsTable(page)
      .getByRole('button', { name: /^Started/ })
      .click();
    await expect(conversationsTable(page).getByRole('columnheader', { name: /^Started/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const transcriptRequested = async (index: number) => {
      const key = (await bodyRows(page).nth(index).getAttribute('data-key')) ?? '';
      const id = key.slice('imbox:'.length);
      expect(id).not.toBe('');
      return page.waitForRequest(
        (request) =>
          decodeURIComponent(new URL(request.url()).pathname) === `/api/proxy/imbox/grabConversation/${id}`,
      );
    };

    const hovered = transcriptRequested(0);
    await bodyRows(page).first().hover();
    await hovered;

    const focused = transcriptRequested(1);
    await bodyRows(page).nth(1).focus();
    await focused;
    await expect(page).not.toHaveURL(/\/conversations\//);
  });

  test('rows open from the keyboard', async ({ page }) => {
    await page.goto('/');
    await loadedCount(page);
    await bodyRows(page).first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(bodyRows(page).nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/conversations\//);
    await expect(bodyRows(page).nth(1)).toHaveAttribute('aria-current', 'true');
  });
});
